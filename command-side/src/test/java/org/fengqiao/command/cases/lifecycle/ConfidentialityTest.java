package org.fengqiao.command.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.util.Arrays;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.confidentiality.ConfidentialityRequested;
import org.fengqiao.cases.confidentiality.LiftConfidentiality;
import org.fengqiao.cases.confidentiality.MarkCaseConfidential;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.command.cases.CaseEvents;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Confidential cases: marking and lifting, intake as confidential, and the caller check that makes a confidential
 * case unknown (CASE_NOT_FOUND) to everyone outside its audience.
 */
class ConfidentialityTest {

    private static final String REASON = "a report against an official";
    private static final Actor SUPERVISOR = new Actor("supervisor.wu");
    private static final List<String> ROLES = List.of("SUPERVISOR", "AUDITOR");
    private static final List<String> ACCOUNTS = List.of("li.inspector");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();

    private MarkCaseConfidential mark(List<String> roles, List<String> accounts) {
        return new MarkCaseConfidential(dispute.caseId(), REASON, roles, accounts, CaseEvents.NOW, SUPERVISOR);
    }

    private CaseMarkedConfidential marked(List<String> roles, List<String> accounts) {
        return new CaseMarkedConfidential(dispute.caseId(), REASON, roles, accounts, CaseEvents.NOW, SUPERVISOR);
    }

    private List<Object> confidential() {
        return CaseEvents.history(dispute.open(), marked(ROLES, ACCOUNTS));
    }

    @Nested
    class Marking {

        @Test
        void marks_a_case_confidential_to_roles_and_accounts() {
            fixture.given(dispute.open())
                    .when(mark(ROLES, ACCOUNTS))
                    .expectEvents(marked(ROLES, ACCOUNTS))
                    .expectResultMessagePayload(dispute.version(2));
        }

        @Test
        void accounts_alone_are_an_audience() {
            fixture.given(dispute.open())
                    .when(mark(List.of(), ACCOUNTS))
                    .expectEvents(marked(List.of(), ACCOUNTS));
        }

        @Test
        void marking_again_replaces_the_audience() {
            fixture.given(confidential())
                    .when(mark(List.of("AUDITOR"), List.of()), caller("supervisor", "SUPERVISOR"))
                    .expectEvents(marked(List.of("AUDITOR"), List.of()));
        }

        @Test
        void a_closed_case_may_be_marked() {
            fixture.given(dispute.closed())
                    .when(mark(ROLES, List.of()))
                    .expectEvents(marked(ROLES, List.of()));
        }

        @Test
        void rejects_neither_roles_nor_accounts() {
            fixture.given(dispute.open())
                    .when(mark(List.of(), List.of()))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.CONFIDENTIAL_AUDIENCE_REQUIRED));
        }

        @Test
        void rejects_an_unknown_role_name() {
            fixture.given(dispute.open())
                    .when(mark(List.of("SUPERVISOR", "MAYOR"), List.of()))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.UNKNOWN_ROLE));
        }

        @Test
        void rejects_a_malformed_account_name() {
            fixture.given(dispute.open())
                    .when(mark(List.of(), List.of("王 主任")))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.ACCOUNT_NAME_INVALID));
        }

        @Test
        void rejects_a_missing_reason() {
            fixture.given(dispute.open())
                    .when(new MarkCaseConfidential(dispute.caseId(), " ", ROLES, List.of(), CaseEvents.NOW,
                            SUPERVISOR))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.REASON_REQUIRED));
        }

        @Test
        void the_role_names_are_the_platforms() {
            assertThat(Confidentiality.ROLE_NAMES)
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList());
        }
    }

    @Nested
    class Lifting {

        @Test
        void lifts_confidentiality() {
            fixture.given(confidential())
                    .when(new LiftConfidentiality(dispute.caseId(), "inquiry ended", CaseEvents.NOW, SUPERVISOR))
                    .expectEvents(new ConfidentialityLifted(dispute.caseId(), "inquiry ended", CaseEvents.NOW,
                            SUPERVISOR))
                    .expectResultMessagePayload(dispute.version(3));
        }

        @Test
        void rejects_lifting_a_case_that_is_not_confidential() {
            fixture.given(dispute.open())
                    .when(new LiftConfidentiality(dispute.caseId(), "inquiry ended", CaseEvents.NOW, SUPERVISOR))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.NOT_CONFIDENTIAL));
        }

        @Test
        void rejects_lifting_without_a_reason() {
            fixture.given(confidential())
                    .when(new LiftConfidentiality(dispute.caseId(), null, CaseEvents.NOW, SUPERVISOR))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.REASON_REQUIRED));
        }

        @Test
        void after_lifting_every_caller_acts_on_the_case_again() {
            fixture.given(CaseEvents.history(confidential(),
                            new ConfidentialityLifted(dispute.caseId(), "inquiry ended", CaseEvents.NOW, SUPERVISOR)))
                    .when(dispute.note("a note"), caller("officer", "OFFICER"))
                    .expectEvents(dispute.noteAdded("a note"));
        }
    }

    @Nested
    class Intake {

        private final Confidentiality confidentiality = new Confidentiality(REASON, ROLES, ACCOUNTS);

        private static ReceiveDispute withConfidentiality(ReceiveDispute c, Confidentiality confidentiality) {
            return new ReceiveDispute(c.caseId(), c.source(), c.category(), c.subject(), c.content(), c.gridCode(),
                    c.parties(), c.mediation(), c.receivedAt(), c.actor(), null, null, null, confidentiality);
        }

        private static ReceivePetition withConfidentiality(ReceivePetition c, Confidentiality confidentiality) {
            return new ReceivePetition(c.caseId(), c.channel(), c.category(), c.subject(), c.content(), c.gridCode(),
                    c.petitioners(), c.receivedAt(), c.actor(), null, null, null, null, confidentiality);
        }

        @Test
        void a_dispute_received_as_confidential_is_marked_right_after_its_intake_event() {
            DisputeEvents first = new DisputeEvents(DisputeEvents.ID, new CaseNumber("SH-2026-000001"));
            ReceiveDispute c = first.receive();
            fixture.givenNoPriorActivity()
                    .when(withConfidentiality(c, confidentiality))
                    .expectEvents(first.received(), new CaseMarkedConfidential(first.caseId(), REASON, ROLES,
                            ACCOUNTS, c.receivedAt(), c.actor()), first.handlingLimit());
        }

        @Test
        void a_petition_received_as_confidential_is_marked_right_after_its_intake_event() {
            PetitionEvents petition = new PetitionEvents();
            ReceivePetition c = petition.receive();
            fixture.givenNoPriorActivity()
                    .when(withConfidentiality(c, confidentiality))
                    .expectEvents(petition.received(), new CaseMarkedConfidential(petition.caseId(), REASON, ROLES,
                            ACCOUNTS, c.receivedAt(), c.actor()), petition.acceptanceLimit());
        }

        @Test
        void the_intake_desk_only_asks_for_confidentiality_and_meanwhile_auditors_and_supervisors_alone_see_the_case() {
            DisputeEvents first = new DisputeEvents(DisputeEvents.ID, new CaseNumber("SH-2026-000001"));
            ReceiveDispute c = first.receive();
            fixture.givenNoPriorActivity()
                    .when(withConfidentiality(c, new Confidentiality(REASON, List.of(), List.of("intake"))),
                            caller("intake", "INTAKE"))
                    .expectEvents(first.received(),
                            new ConfidentialityRequested(first.caseId(), REASON, List.of(), List.of("intake"),
                                    c.receivedAt(), c.actor()),
                            new CaseMarkedConfidential(first.caseId(), REASON, List.of(), List.of(), c.receivedAt(),
                                    c.actor()),
                            first.handlingLimit())
                    .expectResultMessagePayload(first.version(4));
        }

        @Test
        void a_system_clients_intake_asks_for_it_too() {
            PetitionEvents petition = new PetitionEvents();
            ReceivePetition c = petition.receive();
            fixture.givenNoPriorActivity()
                    .when(withConfidentiality(c, confidentiality), caller("hotline", "SYSTEM"))
                    .expectEvents(petition.received(),
                            new ConfidentialityRequested(petition.caseId(), REASON, ROLES, ACCOUNTS, c.receivedAt(),
                                    c.actor()),
                            new CaseMarkedConfidential(petition.caseId(), REASON, List.of(), List.of(),
                                    c.receivedAt(), c.actor()),
                            petition.acceptanceLimit());
        }

        @Test
        void a_supervisors_intake_marks_the_case_as_asked() {
            PetitionEvents petition = new PetitionEvents();
            ReceivePetition c = petition.receive();
            fixture.givenNoPriorActivity()
                    .when(withConfidentiality(c, confidentiality), caller("supervisor", "SUPERVISOR", "INTAKE"))
                    .expectEvents(petition.received(), new CaseMarkedConfidential(petition.caseId(), REASON, ROLES,
                            ACCOUNTS, c.receivedAt(), c.actor()), petition.acceptanceLimit());
        }

        @Test
        void the_intake_desk_asking_for_an_unknown_role_records_nothing() {
            ReceiveDispute c = dispute.receive();
            fixture.givenNoPriorActivity()
                    .when(withConfidentiality(c, new Confidentiality(REASON, List.of("MAYOR"), List.of())),
                            caller("intake", "INTAKE"))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.UNKNOWN_ROLE));
        }

        @Test
        void an_intake_with_an_empty_audience_records_nothing() {
            ReceiveDispute c = dispute.receive();
            fixture.givenNoPriorActivity()
                    .when(withConfidentiality(c, new Confidentiality(REASON, List.of(), List.of())))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.CONFIDENTIAL_AUDIENCE_REQUIRED));
        }
    }

    @Nested
    class CallerCheck {

        @Test
        void a_caller_with_a_named_role_acts_on_the_case() {
            fixture.given(confidential())
                    .when(dispute.note("a note"), caller("supervisor", "SUPERVISOR", "OFFICER"))
                    .expectEvents(dispute.noteAdded("a note"));
        }

        @Test
        void a_caller_with_another_role_finds_no_case() {
            fixture.given(confidential())
                    .when(dispute.note("a note"), caller("officer", "OFFICER"))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.CASE_NOT_FOUND));
        }

        @Test
        void a_caller_outside_the_audience_cannot_lift_or_mark_it_either() {
            fixture.given(confidential())
                    .when(new LiftConfidentiality(dispute.caseId(), "inquiry ended", CaseEvents.NOW, SUPERVISOR),
                            caller("admin", "ADMIN"))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.CASE_NOT_FOUND));
        }

        @Test
        void a_case_marked_for_one_account_is_not_buried_supervisors_act_on_it_and_lift_it() {
            fixture.given(CaseEvents.history(dispute.open(), marked(List.of(), List.of("intake"))))
                    .when(new LiftConfidentiality(dispute.caseId(), "nothing to hide", CaseEvents.NOW, SUPERVISOR),
                            caller("supervisor.wu", "SUPERVISOR"))
                    .expectEvents(new ConfidentialityLifted(dispute.caseId(), "nothing to hide", CaseEvents.NOW,
                            SUPERVISOR));
            fixture.given(CaseEvents.history(dispute.open(), marked(List.of("OFFICER"), List.of())))
                    .when(dispute.note("a note"), caller("auditor", "AUDITOR"))
                    .expectEvents(dispute.noteAdded("a note"));
        }

        @Test
        void a_named_account_acts_on_the_case_whatever_its_roles() {
            fixture.given(confidential())
                    .when(dispute.note("a note"), caller("li.inspector", "OFFICER"))
                    .expectEvents(dispute.noteAdded("a note"));
        }

        @Test
        void a_command_without_caller_metadata_is_not_restricted() {
            fixture.given(confidential())
                    .when(dispute.note("a note"))
                    .expectEvents(dispute.noteAdded("a note"));
        }

        @Test
        void an_intake_repeated_under_a_known_reference_still_answers_its_case() {
            fixture.given(confidential())
                    .when(dispute.receive(), caller("hotline", "SYSTEM"))
                    .expectNoEvents()
                    .expectResultMessagePayload(dispute.version(2));
        }

        @Test
        void a_case_that_is_not_confidential_is_open_to_every_role() {
            fixture.given(dispute.open())
                    .when(dispute.note("a note"), caller("intake", "INTAKE"))
                    .expectEvents(new NoteAdded(dispute.caseId(), "a note", CaseEvents.NOW, CaseEvents.OFFICER));
        }
    }

    private static MetaData caller(String name, String... roles) {
        return MetaData.from(CallerScope.metaData(name, List.of(roles), null, null, null));
    }
}
