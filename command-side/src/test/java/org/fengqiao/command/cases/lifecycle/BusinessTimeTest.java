package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.lifecycle.AddNote;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.petition.DecideAcceptance;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Test;

/**
 * Business time on every command: what happened may be entered afterwards, not in the future, not before the case's
 * previous business time, and more than 30 days back only by a supervisor who gives a reason; limits count from it.
 */
class BusinessTimeTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final String TEXT = "called the owner about the leak";

    private final DisputeEvents dispute = new DisputeEvents();
    private final PetitionEvents petition = new PetitionEvents();

    /** A fixture whose "now" is {@code days} after {@link CaseEvents#NOW}, the time of the given events. */
    private static FixtureConfiguration<Case> daysLater(int days) {
        return CaseFixtures.fixture(Clock.fixed(NOW.plus(DAY.multipliedBy(days)), ZoneId.of("Asia/Shanghai")));
    }

    private static AddNote note(Instant occurredAt) {
        return new AddNote(DisputeEvents.ID, CaseKind.DISPUTE, TEXT, occurredAt, OFFICER);
    }

    private static Map<String, Object> caller(String roles, String reason) {
        Map<String, Object> metaData = new HashMap<>(CallerScope.metaData(OFFICER.toString(),
                List.of(roles.split(",")), null, null, null));
        if (reason != null) {
            metaData.put(BusinessTimePolicy.REASON, reason);
        }
        return metaData;
    }

    @Test
    void what_happened_last_week_is_recorded_at_its_own_time() {
        Instant lastWeek = NOW.plus(DAY);
        daysLater(7).given(dispute.assigned())
                .when(note(lastWeek), caller("OFFICER", null))
                .expectEvents(new NoteAdded(DisputeEvents.ID, TEXT, lastWeek, OFFICER));
    }

    @Test
    void refuses_a_time_in_the_future_naming_occurred_at() {
        daysLater(0).given(dispute.assigned())
                .when(note(NOW.plus(Duration.ofHours(1))))
                .expectException(violates(CaseRule.BUSINESS_TIME_IN_FUTURE, "occurredAt"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_time_before_the_cases_previous_business_time() {
        daysLater(7).given(dispute.assigned())
                .when(note(NOW.minus(Duration.ofHours(1))))
                .expectException(violates(CaseRule.BUSINESS_TIME_BEFORE_PREVIOUS, "occurredAt"))
                .expectNoEvents();
    }

    @Test
    void the_systems_own_events_do_not_move_the_previous_business_time() {
        Instant due = NOW.plus(DAY.multipliedBy(5));
        daysLater(7).given(history(dispute.assigned(),
                        new DeadlineReminded(DisputeEvents.ID, "HANDLING-1", TimeLimit.HANDLING, due, due,
                                Actor.SYSTEM)))
                .when(note(NOW.plus(DAY)))
                .expectEvents(new NoteAdded(DisputeEvents.ID, TEXT, NOW.plus(DAY), OFFICER));
    }

    @Test
    void more_than_30_days_back_only_a_supervisor_with_a_reason() {
        Instant longAgo = NOW.plus(DAY);
        daysLater(40).given(dispute.assigned())
                .when(note(longAgo), caller("OFFICER", "found in the paper file"))
                .expectException(violates(CaseRule.BUSINESS_TIME_TOO_FAR_BACK, "occurredAt"))
                .expectNoEvents();
        daysLater(40).given(dispute.assigned())
                .when(note(longAgo), caller("SUPERVISOR", " "))
                .expectException(violates(CaseRule.BACKDATING_REASON_REQUIRED, "occurredAtReason"))
                .expectNoEvents();
        daysLater(40).given(dispute.assigned())
                .when(note(longAgo), caller("OFFICER,SUPERVISOR", "found in the paper file"))
                .expectEvents(new NoteAdded(DisputeEvents.ID, TEXT, longAgo, OFFICER));
    }

    @Test
    void an_intake_dated_too_far_back_names_received_at() {
        daysLater(40).givenNoPriorActivity()
                .when(petition.intake().receivedAt(NOW).command(), caller("INTAKE", null))
                .expectException(violates(CaseRule.BUSINESS_TIME_TOO_FAR_BACK, "receivedAt"))
                .expectNoEvents();
    }

    @Test
    void limits_count_from_the_business_time_not_from_the_recording() {
        // accepted on Wednesday 1 July, recorded five days later: 60 days from 1 July end at 24:00 on 31 August
        Instant due = Instant.parse("2026-08-31T16:00:00Z");
        daysLater(5).given(petition.received(), petition.acceptanceLimit())
                .when(new DecideAcceptance(PetitionEvents.ID, true, null, NOW, OFFICER))
                .expectEvents(new PetitionAccepted(PetitionEvents.ID, NOW, OFFICER),
                        new DeadlineSet(PetitionEvents.ID, "HANDLING-2", TimeLimit.HANDLING, due,
                                due.minus(DAY.multipliedBy(3)), null, NOW, OFFICER, false));
    }
}
