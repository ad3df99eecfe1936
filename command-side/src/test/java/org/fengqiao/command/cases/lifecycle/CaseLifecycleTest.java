package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.GUOYUAN_MEDIATION;
import static org.fengqiao.command.cases.CaseEvents.HELD_AT;
import static org.fengqiao.command.cases.CaseEvents.MINUTES;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.PARTICIPANTS;
import static org.fengqiao.command.cases.CaseEvents.SHA256;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.cases.CaseEvents;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of the commands petitions and disputes share, which live once in {@link Case}. Where a subtype's hook
 * takes part (assignment, meetings, closure) or the kind itself is the point, a test runs against both kinds; the
 * others alternate between a petition and a dispute.
 */
class CaseLifecycleTest {

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();
    private final DisputeEvents dispute = new DisputeEvents();

    private static CaseEvents of(CaseKind kind) {
        return kind == CaseKind.PETITION ? new PetitionEvents() : new DisputeEvents();
    }

    @Nested
    class AssignCase {

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void first_assignment_emits_CaseAssigned_at_the_units_level(CaseKind kind) {
            CaseEvents theCase = of(kind);
            fixture.given(theCase.open())
                    .when(theCase.assign(GUOYUAN_MEDIATION))
                    .expectEvents(theCase.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY))
                    .expectResultMessagePayload(theCase.version(theCase.open().size() + 1));
        }

        @Test
        void later_assignment_emits_CaseReassigned_with_the_previous_unit() {
            fixture.given(dispute.received(), dispute.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY))
                    .when(dispute.assign(TASK_FORCE))
                    .expectEvents(dispute.reassigned(GUOYUAN_MEDIATION, TASK_FORCE, Level.SUB_DISTRICT))
                    .expectResultMessagePayload(dispute.version(3));
        }

        @Test
        void rejects_an_unknown_unit() {
            fixture.given(petition.open())
                    .when(petition.assign(new UnitCode("SH-NOWHERE")))
                    .expectException(violates(CaseRule.UNKNOWN_UNIT))
                    .expectNoEvents();
            fixture.given(petition.open())
                    .when(petition.assign(null))
                    .expectException(violates(CaseRule.UNKNOWN_UNIT))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void finds_no_case_when_addressed_as_the_other_kind(CaseKind kind) {
            CaseEvents theCase = of(kind);
            CaseKind otherKind = kind == CaseKind.PETITION ? CaseKind.DISPUTE : CaseKind.PETITION;
            fixture.given(theCase.open())
                    .when(theCase.assign(otherKind, TASK_FORCE))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void finds_no_case_for_an_unknown_id() {
            fixture.givenNoPriorActivity()
                    .when(petition.assign(TASK_FORCE))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void rejects_assignment_of_a_closed_case() {
            fixture.given(dispute.closed())
                    .when(dispute.assign(TASK_FORCE))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordMeeting {

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void records_a_meeting_of_an_assigned_case(CaseKind kind) {
            CaseEvents theCase = of(kind);
            fixture.given(theCase.assigned())
                    .when(theCase.meeting(MeetingType.MEDIATION_SESSION))
                    .expectEvents(theCase.meetingHeld(MeetingType.MEDIATION_SESSION))
                    .expectResultMessagePayload(theCase.version(theCase.assigned().size() + 1));
        }

        @Test
        void requires_assignment() {
            fixture.given(dispute.open())
                    .when(dispute.meeting(MeetingType.JOINT_MEETING))
                    .expectException(violates(CaseRule.NOT_ASSIGNED))
                    .expectNoEvents();
        }

        @Test
        void counts_a_participant_named_twice_once() {
            fixture.given(dispute.assigned())
                    .when(dispute.meeting(MeetingType.DELIBERATION, HELD_AT, List.of("张三", " 张三 "), MINUTES))
                    .expectException(violates(CaseRule.TWO_PARTICIPANTS_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_type() {
            fixture.given(petition.assigned())
                    .when(petition.meeting(null))
                    .expectException(violates(CaseRule.MEETING_TYPE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void accepts_a_time_within_the_clock_tolerance() {
            Instant fiveMinutesAhead = NOW.plus(Duration.ofMinutes(5));
            fixture.given(dispute.assigned())
                    .when(dispute.meeting(MeetingType.DELIBERATION, fiveMinutesAhead, PARTICIPANTS, MINUTES))
                    .expectEvents(dispute.meetingHeld(MeetingType.DELIBERATION, fiveMinutesAhead))
                    .expectResultMessagePayload(dispute.version(3));
        }

        @Test
        void requires_a_time_not_in_the_future() {
            for (Instant heldAt : new Instant[] {NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofSeconds(301)),
                    null}) {
                fixture.given(dispute.assigned())
                        .when(dispute.meeting(MeetingType.DELIBERATION, heldAt, PARTICIPANTS, MINUTES))
                        .expectException(violates(CaseRule.MEETING_TIME_REQUIRED))
                        .expectNoEvents();
            }
        }

        @Test
        void requires_two_distinct_participants() {
            List<String> alone = new ArrayList<>(List.of("张三", "张三", " "));
            alone.add(null);
            fixture.given(petition.assigned())
                    .when(petition.meeting(MeetingType.THREE_PARTY_MEETING, HELD_AT, alone, MINUTES))
                    .expectException(violates(CaseRule.TWO_PARTICIPANTS_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_minutes() {
            fixture.given(petition.assigned())
                    .when(petition.meeting(MeetingType.JOINT_MEETING, HELD_AT, PARTICIPANTS, "  "))
                    .expectException(violates(CaseRule.MINUTES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_meeting_on_a_closed_case() {
            fixture.given(history(petition.assigned(), petition.closed(Outcome.WITHDRAWN, null, Level.SUB_DISTRICT)))
                    .when(petition.meeting(MeetingType.JOINT_MEETING))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class EscalateCase {

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void escalates_upward_recording_the_reason_and_the_level_it_came_from(CaseKind kind) {
            CaseEvents theCase = of(kind);
            fixture.given(theCase.open())
                    .when(theCase.escalate(Level.COMMUNITY))
                    .expectEvents(theCase.escalated(Level.GRID, Level.COMMUNITY))
                    .expectResultMessagePayload(theCase.version(theCase.open().size() + 1));
        }

        @Test
        void escalates_from_the_level_of_the_assigned_unit() {
            fixture.given(dispute.received(), dispute.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY))
                    .when(dispute.escalate(Level.SUB_DISTRICT))
                    .expectEvents(dispute.escalated(Level.COMMUNITY, Level.SUB_DISTRICT))
                    .expectResultMessagePayload(dispute.version(3));
        }

        @Test
        void rejects_escalation_to_the_same_or_a_lower_level() {
            fixture.given(petition.open())
                    .when(petition.escalate(Level.GRID))
                    .expectException(violates(CaseRule.ESCALATION_NOT_UPWARD))
                    .expectNoEvents();
            fixture.given(history(petition.open(), petition.escalated(Level.GRID, Level.DISTRICT)))
                    .when(petition.escalate(Level.SUB_DISTRICT))
                    .expectException(violates(CaseRule.ESCALATION_NOT_UPWARD))
                    .expectNoEvents();
        }

        @Test
        void rejects_escalation_below_the_level_of_the_assigned_unit() {
            // the task force works at SUB_DISTRICT level, so COMMUNITY would be a step down
            fixture.given(dispute.assigned())
                    .when(dispute.escalate(Level.COMMUNITY))
                    .expectException(violates(CaseRule.ESCALATION_NOT_UPWARD))
                    .expectNoEvents();
        }

        @Test
        void requires_a_level() {
            fixture.given(dispute.open())
                    .when(dispute.escalate(null))
                    .expectException(violates(CaseRule.LEVEL_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_reason() {
            fixture.given(dispute.open())
                    .when(dispute.escalate(Level.DISTRICT, ""))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_escalation_of_a_closed_case() {
            fixture.given(petition.closed())
                    .when(petition.escalate(Level.DISTRICT))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangeRiskLevel {

        private static final String THREAT = "the petitioner threatened self-harm";

        @Test
        void changes_the_risk_level_recording_the_previous_one() {
            fixture.given(petition.open())
                    .when(petition.changeRisk(RiskLevel.MEDIUM, THREAT))
                    .expectEvents(petition.riskChanged(RiskLevel.LOW, RiskLevel.MEDIUM, THREAT))
                    .expectResultMessagePayload(petition.version(3));
        }

        @Test
        void rejects_an_unchanged_risk_level() {
            // a new case starts at LOW
            fixture.given(dispute.open())
                    .when(dispute.changeRisk(RiskLevel.LOW, "reassessed"))
                    .expectException(violates(CaseRule.RISK_LEVEL_UNCHANGED))
                    .expectNoEvents();
            fixture.given(history(dispute.open(), dispute.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, THREAT)))
                    .when(dispute.changeRisk(RiskLevel.HIGH, "reassessed"))
                    .expectException(violates(CaseRule.RISK_LEVEL_UNCHANGED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_level() {
            fixture.given(dispute.open())
                    .when(dispute.changeRisk(null, THREAT))
                    .expectException(violates(CaseRule.RISK_LEVEL_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_reason() {
            fixture.given(dispute.open())
                    .when(dispute.changeRisk(RiskLevel.MEDIUM, null))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_change_on_a_closed_case() {
            fixture.given(dispute.closed())
                    .when(dispute.changeRisk(RiskLevel.HIGH, THREAT))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class AddNote {

        @Test
        void adds_a_note() {
            fixture.given(dispute.open())
                    .when(dispute.note("Called 李四; he will come on Friday."))
                    .expectEvents(dispute.noteAdded("Called 李四; he will come on Friday."))
                    .expectResultMessagePayload(dispute.version(2));
        }

        @Test
        void requires_text() {
            fixture.given(dispute.open())
                    .when(dispute.note(" \n "))
                    .expectException(violates(CaseRule.TEXT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void adds_a_note_to_a_case_of_999_events_and_none_to_a_case_of_1000() {
            List<Object> notes = new ArrayList<>(dispute.open());
            while (notes.size() < 999) {
                notes.add(dispute.noteAdded("call " + notes.size()));
            }
            fixture.given(notes)
                    .when(dispute.note("the last one"))
                    .expectEvents(dispute.noteAdded("the last one"))
                    .expectResultMessagePayload(dispute.version(1_000));
            notes.add(dispute.noteAdded("the last one"));
            fixture.given(notes)
                    .when(dispute.note("one more"))
                    .expectException(violates(CaseRule.CASE_RECORD_FULL))
                    .expectNoEvents();
            fixture.given(notes)
                    .when(dispute.attach("scan.pdf", "application/pdf", 10, "ab".repeat(32)))
                    .expectException(violates(CaseRule.CASE_RECORD_FULL))
                    .expectNoEvents();
            fixture.given(notes)
                    .when(dispute.escalate(Level.COMMUNITY))
                    .expectEvents(dispute.escalated(Level.GRID, Level.COMMUNITY));
        }

        @Test
        void rejects_a_note_on_a_closed_case() {
            fixture.given(petition.closed())
                    .when(petition.note("too late"))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordAttachment {

        @Test
        void records_an_attachment_by_its_lowercase_hash() {
            // an empty file is still a file: the size may be zero
            fixture.given(petition.open())
                    .when(petition.attach("site-photo.jpg", "image/jpeg", 0, SHA256.toUpperCase()))
                    .expectEvents(petition.attachmentRecorded("site-photo.jpg", "image/jpeg", 0, SHA256))
                    .expectResultMessagePayload(petition.version(3));
        }

        @ParameterizedTest(name = "name={0}, mediaType={1}, size={2}, sha256={3}")
        @CsvSource({
                "          , text/plain, 10, " + SHA256,
                "notes.txt ,           , 10, " + SHA256,
                "notes.txt , plain text, 10, " + SHA256,
                "notes.txt , text/plain, -1, " + SHA256,
                "notes.txt , text/plain, 10, 9f86d081884c7d659a2feaa0c55ad015",
                "notes.txt , text/plain, 10, 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0z",
                "notes.txt , text/plain, 10, "})
        void rejects_an_invalid_attachment(String name, String mediaType, long size, String sha256) {
            fixture.given(dispute.open())
                    .when(dispute.attach(name, mediaType, size, sha256))
                    .expectException(violates(CaseRule.ATTACHMENT_INVALID))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_attachment_on_a_closed_case() {
            fixture.given(dispute.closed())
                    .when(dispute.attach("notes.txt", "text/plain", 10, SHA256))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class CloseCase {

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void may_be_withdrawn_while_open_and_resolves_at_grid_level_when_never_assigned(CaseKind kind) {
            CaseEvents theCase = of(kind);
            fixture.given(theCase.open())
                    .when(theCase.close(Outcome.WITHDRAWN))
                    .expectEvents(theCase.closed(Outcome.WITHDRAWN, null, Level.GRID))
                    .expectResultMessagePayload(theCase.version(theCase.open().size() + 1));
        }

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void rejects_closing_twice(CaseKind kind) {
            CaseEvents theCase = of(kind);
            fixture.given(theCase.closed())
                    .when(theCase.close(Outcome.WITHDRAWN))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void rejects_not_accepted_as_a_closure_outcome(CaseKind kind) {
            // only the acceptance decision closes a petition as NOT_ACCEPTED
            CaseEvents theCase = of(kind);
            fixture.given(theCase.assigned())
                    .when(theCase.close(Outcome.NOT_ACCEPTED))
                    .expectException(violates(CaseRule.OUTCOME_NOT_APPLICABLE))
                    .expectNoEvents();
        }

        @Test
        void requires_an_outcome() {
            fixture.given(dispute.assigned())
                    .when(dispute.close(null))
                    .expectException(violates(CaseRule.OUTCOME_REQUIRED))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(CaseKind.class)
        void referred_requires_a_route(CaseKind kind) {
            CaseEvents theCase = of(kind);
            fixture.given(theCase.assigned())
                    .when(theCase.close(Outcome.REFERRED, null))
                    .expectException(violates(CaseRule.ROUTE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void records_the_level_of_the_assigned_unit() {
            String route = "the district housing bureau";
            fixture.given(petition.assigned())
                    .when(petition.close(Outcome.REFERRED, route))
                    .expectEvents(petition.closed(Outcome.REFERRED, route, Level.SUB_DISTRICT))
                    .expectResultMessagePayload(petition.version(4));
        }

        @Test
        void records_the_level_escalated_to() {
            fixture.given(history(dispute.assigned(), dispute.escalated(Level.SUB_DISTRICT, Level.DISTRICT)))
                    .when(dispute.close(Outcome.WITHDRAWN))
                    .expectEvents(dispute.closed(Outcome.WITHDRAWN, null, Level.DISTRICT))
                    .expectResultMessagePayload(dispute.version(4));
        }
    }

    @Nested
    class LongHistory {

        @Test
        void loads_two_hundred_events_without_a_snapshot_and_answers_the_exact_count() {
            List<Object> history = new ArrayList<>(petition.open());
            for (int i = 1; i <= 200; i++) {
                history.add(petition.noteAdded("note " + i));
            }
            fixture.given(history)
                    .when(petition.note("note 201"))
                    .expectEvents(petition.noteAdded("note 201"))
                    .expectResultMessagePayload(petition.version(203));
        }
    }
}
