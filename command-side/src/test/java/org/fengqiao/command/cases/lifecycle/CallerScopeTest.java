package org.fengqiao.command.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.sequenceOf;
import static org.fengqiao.command.cases.RuleViolations.violates;
import static org.hamcrest.Matchers.instanceOf;

import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.VersionMismatchDetails;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a case checks about its caller before any handler runs ({@link CallerScope}): the jurisdiction node, the
 * officer's units, the expected version; and an intake under another system's reference that exists already.
 */
class CallerScopeTest {

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();

    @Nested
    class Jurisdiction {

        @Test
        void a_caller_bound_to_another_community_finds_no_case() {
            fixture.given(dispute.open())
                    .when(dispute.note("a note"), scope("SH-FL", null, null))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.CASE_NOT_FOUND));
        }

        @Test
        void a_caller_bound_to_the_cases_community_or_grid_acts_on_it() {
            fixture.given(dispute.open())
                    .when(dispute.note("a note"), scope("SH-GY", null, null))
                    .expectEvents(dispute.noteAdded("a note"));
            CaseFixtures.fixture().given(dispute.open())
                    .when(dispute.note("a note"), scope(DisputeEvents.GRID.value(), null, null))
                    .expectEvents(dispute.noteAdded("a note"));
        }
    }

    @Nested
    class Units {

        @Test
        void an_officer_acts_only_on_cases_assigned_to_a_unit_of_theirs() {
            fixture.given(dispute.assigned())
                    .when(dispute.note("a note"), scope(null, List.of("SH-FL-MEDIATION"), null))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.NOT_YOUR_UNIT));
        }

        @Test
        void an_officer_may_not_change_the_risk_of_a_case_assigned_to_no_unit() {
            fixture.given(dispute.open())
                    .when(dispute.changeRisk(RiskLevel.HIGH, "threats"), scope(null, List.of("SH-FL-MEDIATION"), null))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.NOT_YOUR_UNIT));
        }

        @Test
        void an_officer_may_not_meet_on_or_close_a_case_assigned_to_no_unit() {
            fixture.given(dispute.open())
                    .when(dispute.meeting(MeetingType.MEDIATION_SESSION), scope(null, List.of("SH-FL-MEDIATION"), null))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.NOT_YOUR_UNIT));
            CaseFixtures.fixture().given(dispute.open())
                    .when(dispute.close(Outcome.RESOLVED), scope(null, List.of("SH-FL-MEDIATION"), null))
                    .expectNoEvents()
                    .expectException(violates(CaseRule.NOT_YOUR_UNIT));
        }

        @Test
        void an_officer_adds_a_note_or_an_attachment_to_a_case_assigned_to_no_unit() {
            fixture.given(dispute.open())
                    .when(dispute.note("the resident called again"), scope(null, List.of("SH-FL-MEDIATION"), null))
                    .expectEvents(dispute.noteAdded("the resident called again"));
            CaseFixtures.fixture().given(dispute.open())
                    .when(dispute.attach("photo.jpg", "image/jpeg", 10, "a".repeat(64)),
                            scope(null, List.of("SH-FL-MEDIATION"), null))
                    .expectEvents(dispute.attachmentRecorded("photo.jpg", "image/jpeg", 10, "a".repeat(64)));
        }

        @Test
        void a_caller_without_units_changes_the_risk_of_a_case_assigned_to_no_unit() {
            fixture.given(dispute.open())
                    .when(dispute.changeRisk(RiskLevel.HIGH, "threats"), scope(null, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(sequenceOf(instanceOf(RiskLevelChanged.class))));
        }

        @Test
        void an_officer_of_the_assigned_unit_acts_on_it() {
            fixture.given(dispute.assigned())
                    .when(dispute.note("a note"), scope(null,
                            List.of("SH-FL-MEDIATION", DisputeEvents.TASK_FORCE.value()), null))
                    .expectEvents(dispute.noteAdded("a note"));
        }
    }

    @Nested
    class ExpectedVersion {

        @Test
        void a_command_expecting_another_version_fails_with_the_current_one() {
            fixture.given(dispute.assigned())
                    .when(dispute.note("a note"), scope(null, null, 1L))
                    .expectNoEvents()
                    .expectException(versionMismatch(1, dispute.assigned().size()));
        }

        @Test
        void a_command_expecting_the_current_version_is_applied() {
            fixture.given(dispute.assigned())
                    .when(dispute.note("a note"), scope(null, null, (long) dispute.assigned().size()))
                    .expectResultMessagePayload(dispute.version(dispute.assigned().size() + 1));
        }
    }

    @Nested
    class ExternalReference {

        private final ExternalRef ref = new ExternalRef("hotline-12345", "T-2026-0001");

        @Test
        void the_same_reference_gives_the_same_case_id_per_kind() {
            assertThat(ref.caseId(CaseKind.DISPUTE))
                    .isEqualTo(new ExternalRef("hotline-12345", "T-2026-0001").caseId(CaseKind.DISPUTE))
                    .isNotEqualTo(ref.caseId(CaseKind.PETITION));
        }

        @Test
        void an_intake_under_a_known_reference_answers_the_existing_case_and_appends_nothing() {
            DisputeReceived first = dispute.received();
            ReceiveDispute again = withRef(dispute.receive(), ref);
            fixture.given(first, noteAdded())
                    .when(again)
                    .expectNoEvents()
                    .expectResultMessagePayload(dispute.version(2));
        }

        @Test
        void a_new_reference_is_recorded_on_the_intake_event() {
            DisputeEvents first = new DisputeEvents(DisputeEvents.ID, new CaseNumber("SH-2026-000001"));
            ReceiveDispute command = withRef(first.receive(), ref);
            DisputeReceived expected = first.received();
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectEvents(new DisputeReceived(expected.caseId(), expected.caseNumber(), expected.source(),
                            expected.category(), expected.subject(), expected.content(), expected.jurisdiction(),
                            expected.parties(), expected.mediation(), expected.occurredAt(), expected.actor(), ref),
                            first.handlingLimit());
        }

        private Object noteAdded() {
            return new NoteAdded(dispute.caseId(), "a note", DisputeEvents.NOW, DisputeEvents.OFFICER);
        }

        private ReceiveDispute withRef(ReceiveDispute c, ExternalRef externalRef) {
            return new ReceiveDispute(c.caseId(), c.source(), c.category(), c.subject(), c.content(), c.gridCode(),
                    c.parties(), c.mediation(), c.receivedAt(), c.actor(), externalRef);
        }
    }

    private static MetaData scope(String jurisdiction, List<String> units, Long expectedVersion) {
        return MetaData.from(CallerScope.metaData(jurisdiction, units, expectedVersion));
    }

    private static Matcher<Throwable> versionMismatch(long expected, long current) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return actual instanceof CommandExecutionException e
                        && e.getDetails().orElse(null) instanceof VersionMismatchDetails details
                        && details.expectedVersion() == expected && details.currentVersion() == current;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a version mismatch, expected " + expected + ", current " + current);
            }
        };
    }
}
