package org.fengqiao.command.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.dispute.ApplyForJudicialConfirmation;
import org.fengqiao.cases.dispute.DecideJudicialConfirmation;
import org.fengqiao.cases.dispute.JudicialConfirmationApplied;
import org.fengqiao.cases.dispute.JudicialConfirmationDecided;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.fengqiao.command.timelimits.LimitDue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Judicial confirmation of a mediation agreement (人民调解法 Art. 33): the parties apply jointly within 30 days of the
 * agreement taking effect, counted as the law counts; the court confirms or rejects it. Dates are those of the 2026
 * calendar: the agreement takes effect on Wednesday 1 July at 10:00, so the window's last day is Friday 31 July and
 * it closes at 24:00 that day, Beijing time.
 */
class JudicialConfirmationTest {

    private static final String COURT = "赛罕区人民法院";
    private static final String REFERENCE = "(2026)内0105民特123号";
    /** 24:00 on Friday 31 July 2026, Beijing time: the 30th day after the day of the agreement. */
    private static final Instant WINDOW_ENDS = Instant.parse("2026-07-31T16:00:00Z");
    /** Three days before: the reminder. */
    private static final Instant REMINDER = Instant.parse("2026-07-28T16:00:00Z");
    /** "Now" for the tests that reach the window's end: Monday 3 August, 10:00. */
    private static final Clock AUGUST = Clock.fixed(Instant.parse("2026-08-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** A closure on 1 July is followed up by 24:00 on 16 July (15 days). */
    private static final Instant FOLLOW_UP_DUE = Instant.parse("2026-07-16T16:00:00Z");
    private static final MetaData JUDGE = MetaData.with(CallerScope.UNITS, "SH-JUDGE");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();

    private List<Object> agreed() {
        return history(dispute.mediated(), dispute.agreement(), dispute.confirmationWindow(1));
    }

    private List<Object> applied() {
        return history(agreed(), applied(NOW), dispute.deadlineMet(dispute.confirmationWindow(1), NOW, OFFICER));
    }

    private ApplyForJudicialConfirmation apply(Instant at) {
        return new ApplyForJudicialConfirmation(dispute.caseId(), COURT, at, OFFICER);
    }

    private JudicialConfirmationApplied applied(Instant at) {
        return new JudicialConfirmationApplied(dispute.caseId(), COURT, WINDOW_ENDS, at, OFFICER);
    }

    private DecideJudicialConfirmation decide(JudicialDecision decision) {
        return new DecideJudicialConfirmation(dispute.caseId(), decision, REFERENCE, NOW, OFFICER);
    }

    @Nested
    class Window {

        @Test
        void the_agreement_opens_30_days_to_24_00_of_the_30th_day_with_a_reminder() {
            DeadlineSet window = dispute.confirmationWindow(1);
            assertThat(window.dueAt()).isEqualTo(WINDOW_ENDS);
            assertThat(window.remindAt()).isEqualTo(REMINDER);
            fixture.given(dispute.mediated())
                    .when(dispute.reachAgreement())
                    .expectEvents(dispute.agreement(), window)
                    .expectScheduledDeadline(WINDOW_ENDS, new LimitDue(window.deadlineId(), false));
        }

        @Test
        void a_last_day_in_the_national_day_holiday_rolls_to_the_first_working_day() {
            // agreed on Tuesday 1 September: the 30th day is 1 October, a holiday until 7 October
            Instant agreedAt = Instant.parse("2026-09-01T02:00:00Z");
            CaseFixtures.fixture(Clock.fixed(agreedAt, ZoneId.of("Asia/Shanghai")))
                    .given(history(dispute.assigned(), dispute.meetingHeld(MeetingType.MEDIATION_SESSION, agreedAt)))
                    .when(new ReachMediationAgreement(dispute.caseId(),
                            DisputeEvents.TERMS, DisputeEvents.PERFORMANCE, DisputeEvents.PERFORM_BY.plusMonths(1),
                            DisputeEvents.MEDIATOR, List.of(DisputeEvents.APPLICANT.name(),
                                    DisputeEvents.RESPONDENT.name(), DisputeEvents.MEDIATOR), agreedAt, OFFICER))
                    .expectEvents(new MediationAgreementReached(dispute.caseId(), DisputeEvents.TERMS,
                            DisputeEvents.PERFORMANCE, DisputeEvents.PERFORM_BY.plusMonths(1),
                            DisputeEvents.MEDIATOR, List.of(DisputeEvents.APPLICANT.name(),
                                    DisputeEvents.RESPONDENT.name(), DisputeEvents.MEDIATOR), agreedAt, OFFICER),
                            new DeadlineSet(dispute.caseId(), "JUDICIAL_CONFIRMATION-1",
                                    TimeLimit.JUDICIAL_CONFIRMATION, Instant.parse("2026-10-08T16:00:00Z"),
                                    Instant.parse("2026-10-05T16:00:00Z"), null, agreedAt, OFFICER, false));
        }

        @Test
        void reminds_then_closes_without_urging_anyone_when_nobody_applies() {
            DeadlineSet window = new DisputeEvents().deadlineSet(TimeLimit.JUDICIAL_CONFIRMATION, 2, NOW, 30,
                    OFFICER);
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive(), dispute.assign(TASK_FORCE),
                            dispute.meeting(MeetingType.MEDIATION_SESSION), dispute.reachAgreement())
                    .whenTimeAdvancesTo(WINDOW_ENDS)
                    .expectEvents(dispute.deadlineReminded(window), dispute.deadlineMissed(window));
        }

        @Test
        void the_closure_does_not_end_the_parties_window() {
            fixture.given(agreed())
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectEvents(dispute.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT));
        }

        @Test
        void the_window_still_closes_after_the_case_closed() {
            DeadlineSet window = new DisputeEvents().deadlineSet(TimeLimit.JUDICIAL_CONFIRMATION, 2, NOW, 30,
                    OFFICER);
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive(), dispute.assign(TASK_FORCE),
                            dispute.meeting(MeetingType.MEDIATION_SESSION), dispute.reachAgreement(),
                            dispute.close(Outcome.RESOLVED))
                    .whenTimeAdvancesTo(WINDOW_ENDS)
                    // the closure's follow-up (回访), due by 24:00 on 16 July, comes first
                    .expectEvents(new FollowUpOverdue(dispute.caseId(), FOLLOW_UP_DUE, FOLLOW_UP_DUE, Actor.SYSTEM),
                            dispute.deadlineReminded(window), dispute.deadlineMissed(window));
        }
    }

    @Nested
    class Application {

        @Test
        void the_parties_apply_within_the_window_which_ends_its_limit() {
            fixture.given(agreed())
                    .when(apply(NOW))
                    .expectEvents(applied(NOW), dispute.deadlineMet(dispute.confirmationWindow(1), NOW, OFFICER));
        }

        @Test
        void an_application_at_23_59_of_the_30th_day_is_in_time() {
            Instant lastMinute = WINDOW_ENDS.minusSeconds(60);
            CaseFixtures.fixture(AUGUST)
                    .given(agreed())
                    .when(apply(lastMinute))
                    .expectEvents(applied(lastMinute),
                            dispute.deadlineMet(dispute.confirmationWindow(1), lastMinute, OFFICER));
        }

        @Test
        void an_application_from_24_00_of_the_30th_day_is_too_late() {
            CaseFixtures.fixture(AUGUST)
                    .given(agreed())
                    .when(apply(WINDOW_ENDS))
                    .expectException(violates(CaseRule.CONFIRMATION_WINDOW_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void an_application_after_the_window_closed_is_refused() {
            CaseFixtures.fixture(AUGUST)
                    .given(history(agreed(), dispute.deadlineMissed(dispute.confirmationWindow(1))))
                    .when(apply(Instant.parse("2026-08-03T01:00:00Z")))
                    .expectException(violates(CaseRule.CONFIRMATION_WINDOW_CLOSED))
                    .expectNoEvents();
        }

        @Test
        void needs_a_mediation_agreement() {
            fixture.given(dispute.mediated())
                    .when(apply(NOW))
                    .expectException(violates(CaseRule.CONFIRMATION_AGREEMENT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void names_the_court() {
            fixture.given(agreed())
                    .when(new ApplyForJudicialConfirmation(dispute.caseId(), " ", NOW, OFFICER))
                    .expectException(violates(CaseRule.COURT_REQUIRED, "court"))
                    .expectNoEvents();
        }

        @Test
        void is_dated() {
            fixture.given(agreed())
                    .when(apply(null))
                    .expectException(violates(CaseRule.APPLIED_AT_REQUIRED, "appliedAt"))
                    .expectNoEvents();
        }

        @Test
        void is_not_dated_in_the_future() {
            fixture.given(agreed())
                    .when(apply(NOW.plusSeconds(3600)))
                    .expectException(violates(CaseRule.APPLIED_AT_REQUIRED, "appliedAt"))
                    .expectNoEvents();
        }

        @Test
        void is_made_once() {
            fixture.given(applied())
                    .when(apply(NOW))
                    .expectException(violates(CaseRule.CONFIRMATION_ALREADY_APPLIED))
                    .expectNoEvents();
        }

        @Test
        void may_be_recorded_after_the_case_closed() {
            fixture.given(history(agreed(), dispute.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT)))
                    .when(apply(NOW))
                    .expectEvents(applied(NOW), dispute.deadlineMet(dispute.confirmationWindow(1), NOW, OFFICER));
        }

        @Test
        void an_officer_of_the_judge_workstation_records_it_on_another_units_case() {
            fixture.given(agreed())
                    .when(apply(NOW), JUDGE)
                    .expectEvents(applied(NOW), dispute.deadlineMet(dispute.confirmationWindow(1), NOW, OFFICER));
        }

        @Test
        void an_officer_of_a_third_unit_may_not() {
            fixture.given(agreed())
                    .when(apply(NOW), MetaData.with(CallerScope.UNITS, "SH-GY-MEDIATION"))
                    .expectException(violates(CaseRule.NOT_YOUR_UNIT))
                    .expectNoEvents();
        }

        @Test
        void a_petition_has_no_judicial_confirmation() {
            PetitionEvents petition = new PetitionEvents();
            fixture.given(petition.open())
                    .when(new ApplyForJudicialConfirmation(petition.caseId(), COURT, NOW, OFFICER))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }
    }

    @Nested
    class Decision {

        @Test
        void the_court_confirms_the_agreement() {
            fixture.given(applied())
                    .when(decide(JudicialDecision.CONFIRMED), JUDGE)
                    .expectEvents(new JudicialConfirmationDecided(dispute.caseId(), JudicialDecision.CONFIRMED,
                            REFERENCE, null, NOW, OFFICER));
        }

        @Test
        void a_rejection_tells_the_parties_their_route() {
            fixture.given(applied())
                    .when(decide(JudicialDecision.REJECTED))
                    .expectEvents(new JudicialConfirmationDecided(dispute.caseId(), JudicialDecision.REJECTED,
                            REFERENCE, JudicialConfirmationDecided.REJECTED_ROUTE, NOW, OFFICER));
        }

        @Test
        void after_a_rejection_the_parties_may_reach_a_new_agreement_with_a_new_window() {
            fixture.given(history(applied(), new JudicialConfirmationDecided(dispute.caseId(),
                            JudicialDecision.REJECTED, REFERENCE, JudicialConfirmationDecided.REJECTED_ROUTE, NOW,
                            OFFICER)))
                    .when(dispute.reachAgreement())
                    .expectEvents(dispute.agreement(), dispute.confirmationWindow(2));
        }

        @Test
        void after_a_rejection_the_case_cannot_close_as_resolved_on_the_rejected_agreement() {
            fixture.given(history(applied(), new JudicialConfirmationDecided(dispute.caseId(),
                            JudicialDecision.REJECTED, REFERENCE, JudicialConfirmationDecided.REJECTED_ROUTE, NOW,
                            OFFICER)))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectException(violates(CaseRule.AGREEMENT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void needs_an_application() {
            fixture.given(agreed())
                    .when(decide(JudicialDecision.CONFIRMED))
                    .expectException(violates(CaseRule.CONFIRMATION_NOT_APPLIED))
                    .expectNoEvents();
        }

        @Test
        void is_given_once() {
            fixture.given(history(applied(), new JudicialConfirmationDecided(dispute.caseId(),
                            JudicialDecision.CONFIRMED, REFERENCE, null, NOW, OFFICER)))
                    .when(decide(JudicialDecision.REJECTED))
                    .expectException(violates(CaseRule.CONFIRMATION_NOT_APPLIED))
                    .expectNoEvents();
        }

        @Test
        void states_the_decision() {
            fixture.given(applied())
                    .when(decide(null))
                    .expectException(violates(CaseRule.JUDICIAL_DECISION_REQUIRED, "decision"))
                    .expectNoEvents();
        }

        @Test
        void is_dated_and_not_in_the_future() {
            fixture.given(applied())
                    .when(new DecideJudicialConfirmation(dispute.caseId(), JudicialDecision.CONFIRMED, REFERENCE,
                            NOW.plusSeconds(3600), OFFICER))
                    .expectException(violates(CaseRule.DECIDED_AT_REQUIRED, "decidedAt"))
                    .expectNoEvents();
        }

        @Test
        void names_the_courts_case_number() {
            fixture.given(applied())
                    .when(new DecideJudicialConfirmation(dispute.caseId(), JudicialDecision.CONFIRMED, null, NOW,
                            OFFICER))
                    .expectException(violates(CaseRule.COURT_REFERENCE_REQUIRED, "courtReference"))
                    .expectNoEvents();
        }
    }
}
