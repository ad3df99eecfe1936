package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpMethod;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.aftercare.RecordFollowUp;
import org.fengqiao.cases.aftercare.ReopenForRework;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Follow-up visits (回访) after closure and the one rework (重办) a supervisor may decide (issue 16, part 2).
 */
class AftercareTest {

    private static final Actor SUPERVISOR = new Actor("supervisor.wang");
    /** 15 days after 1 July: 24:00 of 16 July in Asia/Shanghai (a Thursday). */
    private static final Instant FOLLOW_UP_DUE = Instant.parse("2026-07-16T16:00:00Z");
    /** 7 days after 1 July: 24:00 of 8 July. */
    private static final Instant HIGH_RISK_FOLLOW_UP_DUE = Instant.parse("2026-07-08T16:00:00Z");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();

    private List<Object> resolved() {
        return history(dispute.mediated(), dispute.agreement(),
                dispute.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT));
    }

    private RecordFollowUp followUp(Satisfaction satisfaction, Boolean performed) {
        return new RecordFollowUp(DisputeEvents.ID, CaseKind.DISPUTE, "张三", FollowUpMethod.PHONE, satisfaction,
                performed, "called back", NOW, OFFICER);
    }

    private FollowUpRecorded followedUp(Satisfaction satisfaction, Boolean performed, boolean first,
            boolean warranted) {
        return new FollowUpRecorded(DisputeEvents.ID, "张三", FollowUpMethod.PHONE, satisfaction, performed,
                "called back", first, warranted, NOW, OFFICER);
    }

    private ReopenForRework rework(String reason) {
        return new ReopenForRework(DisputeEvents.ID, CaseKind.DISPUTE, reason, NOW, SUPERVISOR);
    }

    private CaseReopenedForRework reopened() {
        return new CaseReopenedForRework(DisputeEvents.ID, "the leak is back", Level.SUB_DISTRICT, NOW, SUPERVISOR);
    }

    @Nested
    class FollowUps {

        @Test
        void records_a_follow_up_of_a_closed_case() {
            fixture.given(resolved())
                    .when(followUp(Satisfaction.SATISFIED, true))
                    .expectEvents(followedUp(Satisfaction.SATISFIED, true, true, false));
        }

        @Test
        void a_second_follow_up_is_not_the_first_and_a_dissatisfied_one_warrants_rework() {
            fixture.given(history(resolved(), followedUp(Satisfaction.SATISFIED, true, true, false)))
                    .when(followUp(Satisfaction.DISSATISFIED, null))
                    .expectEvents(followedUp(Satisfaction.DISSATISFIED, null, false, true));
        }

        @Test
        void a_matter_found_unresolved_warrants_rework() {
            fixture.given(resolved())
                    .when(followUp(Satisfaction.BASICALLY_SATISFIED, false))
                    .expectEvents(followedUp(Satisfaction.BASICALLY_SATISFIED, false, true, true));
        }

        @Test
        void an_open_case_has_no_follow_up_yet() {
            fixture.given(dispute.mediated())
                    .when(followUp(Satisfaction.SATISFIED, true))
                    .expectNoEvents().expectException(violates(CaseRule.FOLLOW_UP_NOT_DUE));
        }

        @Test
        void a_withdrawn_case_is_not_followed_up() {
            fixture.given(dispute.closed())
                    .when(followUp(Satisfaction.SATISFIED, true))
                    .expectNoEvents().expectException(violates(CaseRule.FOLLOW_UP_NOT_DUE));
        }

        @Test
        void names_who_was_contacted_how_and_their_satisfaction() {
            fixture.given(resolved())
                    .when(new RecordFollowUp(DisputeEvents.ID, CaseKind.DISPUTE, " ", FollowUpMethod.PHONE,
                            Satisfaction.SATISFIED, null, null, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.CONTACTED_REQUIRED));
            fixture.given(resolved())
                    .when(new RecordFollowUp(DisputeEvents.ID, CaseKind.DISPUTE, "张三", null,
                            Satisfaction.SATISFIED, null, null, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.FOLLOW_UP_METHOD_REQUIRED));
            fixture.given(resolved())
                    .when(new RecordFollowUp(DisputeEvents.ID, CaseKind.DISPUTE, "张三", FollowUpMethod.IN_PERSON,
                            null, null, null, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.SATISFACTION_REQUIRED));
        }
    }

    @Nested
    class FollowUpDueDay {

        @Test
        void a_closure_schedules_its_follow_up_within_15_days() {
            fixture.given(history(dispute.mediated(), dispute.agreement()))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectEvents(dispute.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT))
                    .expectScheduledDeadline(FOLLOW_UP_DUE, new FollowUpDue(1, FOLLOW_UP_DUE));
        }

        @Test
        void a_high_risk_case_is_followed_up_within_7_days() {
            fixture.given(history(dispute.mediated(), dispute.agreement(),
                            dispute.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, "threats"),
                            new org.fengqiao.cases.risk.RiskLeaderAssigned(DisputeEvents.ID, "leader.li", NOW,
                                    OFFICER)))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectScheduledDeadline(HIGH_RISK_FOLLOW_UP_DUE,
                            new FollowUpDue(1, HIGH_RISK_FOLLOW_UP_DUE));
        }

        @Test
        void a_follow_up_not_recorded_by_its_day_is_overdue() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(history(dispute.mediated(), dispute.agreement()))
                    .andGivenCommands(dispute.close(Outcome.RESOLVED))
                    .whenTimeAdvancesTo(FOLLOW_UP_DUE)
                    .expectEvents(new FollowUpOverdue(DisputeEvents.ID, FOLLOW_UP_DUE, FOLLOW_UP_DUE, Actor.SYSTEM));
        }

        @Test
        void a_follow_up_in_time_is_not_overdue() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(history(dispute.mediated(), dispute.agreement()))
                    .andGivenCommands(dispute.close(Outcome.RESOLVED), followUp(Satisfaction.SATISFIED, true))
                    .whenTimeAdvancesTo(FOLLOW_UP_DUE)
                    .expectNoEvents();
        }
    }

    @Nested
    class Rework {

        @Test
        void a_supervisor_reopens_a_case_a_follow_up_found_unresolved_with_a_new_handling_limit() {
            fixture.given(history(resolved(), followedUp(Satisfaction.DISSATISFIED, false, true, true)))
                    .when(rework("the leak is back"))
                    .expectEvents(reopened(), dispute.deadlineSet(TimeLimit.HANDLING, 1, NOW, 30, SUPERVISOR));
        }

        @Test
        void only_once() {
            fixture.given(history(resolved(), followedUp(Satisfaction.DISSATISFIED, false, true, true), reopened(),
                            dispute.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT),
                            followedUp(Satisfaction.DISSATISFIED, false, true, true)))
                    .when(rework("again"))
                    .expectNoEvents().expectException(violates(CaseRule.REWORK_ALREADY_USED));
        }

        @Test
        void not_without_a_follow_up_that_found_the_matter_unresolved_or_the_resident_dissatisfied() {
            fixture.given(history(resolved(), followedUp(Satisfaction.SATISFIED, true, true, false)))
                    .when(rework("the resident called"))
                    .expectNoEvents().expectException(violates(CaseRule.REWORK_NOT_WARRANTED));
            fixture.given(resolved())
                    .when(rework("the resident called"))
                    .expectNoEvents().expectException(violates(CaseRule.REWORK_NOT_WARRANTED));
        }

        @Test
        void not_of_an_open_case() {
            fixture.given(dispute.mediated())
                    .when(rework("the resident called"))
                    .expectNoEvents().expectException(violates(CaseRule.REWORK_NOT_WARRANTED));
        }

        @Test
        void needs_a_reason() {
            fixture.given(history(resolved(), followedUp(Satisfaction.DISSATISFIED, null, true, true)))
                    .when(rework(" "))
                    .expectNoEvents().expectException(violates(CaseRule.REASON_REQUIRED));
        }

        @Test
        void a_reworked_case_closes_again() {
            fixture.given(history(resolved(), followedUp(Satisfaction.DISSATISFIED, null, true, true), reopened()))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectEvents(dispute.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT));
        }

        @Test
        void a_closed_case_otherwise_stays_closed() {
            fixture.given(history(resolved(), followedUp(Satisfaction.DISSATISFIED, null, true, true)))
                    .when(dispute.note("one more note"))
                    .expectNoEvents().expectException(violates(CaseRule.CASE_CLOSED));
        }
    }
}
