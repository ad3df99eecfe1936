package org.fengqiao.cases.dispute;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * A dispute was registered, with its case number, parties and where it lives. {@code occurredAt} is the time it was
 * received. {@code externalRef} is the reference of the system that registered it, if it gave one (absent from events
 * recorded before it existed).
 */
@PersonalData.SubjectsOwn
public record DisputeReceived(
        CaseId caseId,
        CaseNumber caseNumber,
        DisputeSource source,
        Category category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        @PersonalData String content,
        JurisdictionPath jurisdiction,
        @PersonalData List<Party> parties,
        MediationVisibility mediation,
        Instant occurredAt,
        Actor actor,
        ExternalRef externalRef) implements DisputeEvent {

    public DisputeReceived {
        parties = Values.listOf(parties);
    }

    /** Without another system's reference. */
    public DisputeReceived(CaseId caseId, CaseNumber caseNumber, DisputeSource source, Category category,
            String subject, String content, JurisdictionPath jurisdiction, List<Party> parties,
            MediationVisibility mediation, Instant occurredAt, Actor actor) {
        this(caseId, caseNumber, source, category, subject, content, jurisdiction, parties, mediation, occurredAt,
                actor, null);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DisputeReceived[caseId=" + caseId + "]";
    }
}
