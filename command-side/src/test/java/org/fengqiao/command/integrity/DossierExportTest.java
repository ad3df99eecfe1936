package org.fengqiao.command.integrity;

import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.lifecycle.Case;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.fengqiao.integrity.DossierExported;
import org.fengqiao.integrity.RecordDossierExport;
import org.junit.jupiter.api.Test;

/** Exporting a case's dossier is recorded in its history, whatever state the case is in. */
class DossierExportTest {

    private static final String HEAD = "ab".repeat(32);

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();
    private final DisputeEvents dispute = new DisputeEvents();

    @Test
    void an_export_of_an_open_case_emits_DossierExported_and_counts_as_an_event() {
        fixture.given(dispute.open())
                .when(new RecordDossierExport(dispute.caseId(), "json", 1, HEAD, NOW, OFFICER))
                .expectEvents(new DossierExported(dispute.caseId(), "json", 1, HEAD, NOW, OFFICER))
                .expectResultMessagePayload(dispute.version(dispute.open().size() + 1));
    }

    @Test
    void a_closed_case_can_still_be_exported() {
        fixture.given(petition.closed())
                .when(new RecordDossierExport(petition.caseId(), "html", petition.closed().size(), HEAD, NOW, OFFICER))
                .expectEvents(new DossierExported(petition.caseId(), "html", petition.closed().size(), HEAD, NOW,
                        OFFICER))
                .expectResultMessagePayload(petition.version(petition.closed().size() + 1));
    }
}
