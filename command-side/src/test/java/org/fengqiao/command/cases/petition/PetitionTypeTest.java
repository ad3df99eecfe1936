package org.fengqiao.command.cases.petition;

import static org.fengqiao.command.cases.CaseEvents.INTAKE;
import static org.fengqiao.command.cases.CaseEvents.RECEIVED_AT;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.confidentiality.ConfidentialityRequested;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.lifecycle.CallerScope;
import org.fengqiao.command.cases.lifecycle.Case;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A petition's type and the parties it names beyond the petitioner (issue 16, part 6): SUGGESTION (建议意见),
 * REPORT_OR_COMPLAINT (检举控告), APPEAL_OR_REQUEST (申诉求决); a report or complaint is confidential by default to
 * supervisors and auditors, whoever registers it, and a referral of it that names no route goes to the discipline
 * inspection body; respondents are named like a dispute's parties.
 */
class PetitionTypeTest {

    private static final String DEVELOPER = "富力地产";
    private static final String BUREAU = "区城管执法局";

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();

    private CaseMarkedConfidential markedByType() {
        Confidentiality byType = PetitionType.REPORT_OR_COMPLAINT.defaultConfidentiality();
        return new CaseMarkedConfidential(petition.caseId(), byType.reason(), List.of("AUDITOR", "SUPERVISOR"),
                List.of(), RECEIVED_AT, INTAKE);
    }

    private static MetaData caller(String name, String... roles) {
        return MetaData.from(CallerScope.metaData(name, List.of(roles), null, null, null));
    }

    @Nested
    class Intake {

        @Test
        void a_report_or_complaint_is_confidential_to_supervisors_and_auditors_even_from_the_intake_desk() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().type(PetitionType.REPORT_OR_COMPLAINT, BUREAU, DEVELOPER).command(),
                            caller("intake", "INTAKE"))
                    .expectEvents(petition.received(PetitionType.REPORT_OR_COMPLAINT, List.of(BUREAU, DEVELOPER)),
                            markedByType(), petition.acceptanceLimit());
        }

        @Test
        void a_report_whose_intake_names_its_own_audience_is_marked_as_the_caller_may() {
            Confidentiality asked = new Confidentiality("names an official", List.of("OFFICER"), List.of());
            fixture.givenNoPriorActivity()
                    .when(petition.intake().type(PetitionType.REPORT_OR_COMPLAINT).confidentiality(asked).command(),
                            caller("intake", "INTAKE"))
                    .expectEvents(petition.received(PetitionType.REPORT_OR_COMPLAINT, List.of()),
                            new ConfidentialityRequested(petition.caseId(), asked.reason(), asked.roles(), List.of(),
                                    RECEIVED_AT, INTAKE),
                            new CaseMarkedConfidential(petition.caseId(), asked.reason(), List.of(), List.of(),
                                    RECEIVED_AT, INTAKE),
                            petition.acceptanceLimit());
        }

        @Test
        void a_suggestion_and_an_appeal_or_request_are_not_confidential() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().type(PetitionType.SUGGESTION).command(), caller("intake", "INTAKE"))
                    .expectEvents(petition.received(PetitionType.SUGGESTION, List.of()), petition.acceptanceLimit());
            CaseFixtures.fixture().givenNoPriorActivity()
                    .when(petition.intake().type(PetitionType.APPEAL_OR_REQUEST, DEVELOPER).command())
                    .expectEvents(petition.received(PetitionType.APPEAL_OR_REQUEST, List.of(DEVELOPER)),
                            petition.acceptanceLimit());
        }

        @Test
        void respondents_are_named_stripped_and_blank_names_dropped() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().type(PetitionType.APPEAL_OR_REQUEST, " " + DEVELOPER + " ", "", BUREAU)
                            .command())
                    .expectEvents(petition.received(PetitionType.APPEAL_OR_REQUEST, List.of(DEVELOPER, BUREAU)),
                            petition.acceptanceLimit());
        }

        @Test
        void a_petition_without_a_type_is_received_as_before() {
            fixture.givenNoPriorActivity()
                    .when(petition.receive())
                    .expectEvents(petition.received(), petition.acceptanceLimit());
        }
    }

    @Nested
    class Referral {

        @Test
        void a_report_referred_without_a_route_goes_to_the_discipline_inspection_body() {
            fixture.given(petition.received(PetitionType.REPORT_OR_COMPLAINT, List.of(BUREAU)), markedByType(),
                    petition.accepted())
                    .when(petition.close(Outcome.REFERRED))
                    .expectEvents(petition.closed(Outcome.REFERRED, PetitionType.DISCIPLINE_INSPECTION, Level.GRID));
        }

        @Test
        void a_report_referred_on_a_route_it_names_goes_there() {
            fixture.given(petition.received(PetitionType.REPORT_OR_COMPLAINT, List.of(BUREAU)), petition.accepted())
                    .when(petition.close(Outcome.REFERRED, "the public security bureau"))
                    .expectEvents(petition.closed(Outcome.REFERRED, "the public security bureau", Level.GRID));
        }

        @Test
        void a_report_closed_otherwise_records_no_route() {
            fixture.given(petition.received(PetitionType.REPORT_OR_COMPLAINT, List.of(BUREAU)), petition.accepted())
                    .when(petition.close(Outcome.WITHDRAWN))
                    .expectEvents(petition.closed(Outcome.WITHDRAWN, null, Level.GRID));
        }

        @Test
        void an_appeal_or_request_referred_still_names_its_route() {
            fixture.given(petition.received(PetitionType.APPEAL_OR_REQUEST, List.of()), petition.accepted())
                    .when(petition.close(Outcome.REFERRED))
                    .expectException(violates(CaseRule.ROUTE_REQUIRED))
                    .expectNoEvents();
        }
    }
}
