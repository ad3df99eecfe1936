package org.fengqiao.command.cases.lifecycle;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.fengqiao.command.cases.CaseEvents.GUOYUAN_MEDIATION;
import static org.fengqiao.command.cases.CaseEvents.INTAKE;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.RECEIVED_AT;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.DispatchSigned;
import org.fengqiao.cases.dispatch.SignForDispatch;
import org.fengqiao.cases.lifecycle.AssignmentObjected;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.lifecycle.ObjectToAssignment;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.DecideAcceptance;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.RequestReview;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.petition.ReviewStage;
import org.fengqiao.cases.risk.AssignRiskLeader;
import org.fengqiao.cases.risk.RecordCheckIn;
import org.fengqiao.cases.risk.RiskCheckInRecorded;
import org.fengqiao.cases.risk.RiskLeaderAssigned;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.supervision.UrgingIssued;
import org.fengqiao.cases.timelimits.DeadlineExtended;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.EndHearing;
import org.fengqiao.cases.timelimits.ExtendDeadline;
import org.fengqiao.cases.timelimits.HearingEnded;
import org.fengqiao.cases.timelimits.HearingStarted;
import org.fengqiao.cases.timelimits.StartHearing;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.fengqiao.command.timelimits.LimitEnd;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The time limits, with the default policy: each limit set, reminded 3 days before, met, missed once with its
 * urging (what follows an urging is {@code SupervisionTest}); the one extension; hearings; objections in working days; review and re-review windows; and the
 * high-risk regime. Deadlines fire through the fixture's deadline manager ({@code whenTimeAdvancesTo}).
 */
class TimeLimitsTest {

    private static final Duration DAY = Duration.ofDays(1);

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();
    private final DisputeEvents dispute = new DisputeEvents();

    /** The petition's handling limit after acceptance at NOW: the second deadline it sets. */
    private DeadlineSet handling() {
        return petition.deadlineSet(TimeLimit.HANDLING, 2, NOW, 60, OFFICER);
    }

    /** Received, acceptance limit set, accepted in time, handling limit running. */
    private List<Object> accepted() {
        DeadlineSet acceptance = petition.acceptanceLimit();
        return List.of(petition.received(), acceptance, petition.accepted(),
                petition.deadlineMet(acceptance, NOW, OFFICER), handling());
    }

    private ExtendDeadline extend(int days) {
        return new ExtendDeadline(PetitionEvents.ID, CaseKind.PETITION, TimeLimit.HANDLING, days,
                "the site survey needs a second expert", "head.wang", NOW, OFFICER);
    }

    @Nested
    class Acceptance {

        @Test
        void deciding_starts_the_60_day_handling_limit_and_leaves_the_acceptance_limit_to_its_notice() {
            fixture.given(petition.received(), petition.acceptanceLimit())
                    .when(petition.accept())
                    .expectEvents(petition.accepted(), handling());
        }

        @Test
        void a_12345_orders_acceptance_meets_the_acceptance_limit_as_the_hotline_tells_its_caller() {
            DeadlineSet acceptance = petition.acceptanceLimit();
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.intake().channel(Channel.HOTLINE).command())
                    .when(petition.accept())
                    .expectEvents(petition.accepted(), petition.deadlineMet(acceptance, NOW, OFFICER), handling());
        }

        @Test
        void a_decision_not_served_within_the_limit_misses_it() {
            DeadlineSet acceptance = petition.acceptanceLimit();
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept())
                    .whenTimeAdvancesTo(acceptance.dueAt())
                    .expectEvents(petition.deadlineReminded(acceptance), petition.deadlineMissed(acceptance),
                            petition.urged(acceptance, null, 1));
        }

        @Test
        void reminds_three_days_before_24_00_of_the_15th_day() {
            DeadlineSet acceptance = petition.acceptanceLimit();
            // received on 1 July: the 15th day is 16 July, the reminder comes at 24:00 on 13 July
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive())
                    .whenTimeAdvancesTo(Instant.parse("2026-07-13T16:00:00Z"))
                    .expectEvents(petition.deadlineReminded(acceptance));
        }

        @Test
        void a_missed_acceptance_limit_is_recorded_once_and_urges_without_moving_the_case() {
            DeadlineSet acceptance = petition.acceptanceLimit();
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive())
                    .whenTimeAdvancesTo(acceptance.dueAt())
                    .expectEvents(petition.deadlineReminded(acceptance), petition.deadlineMissed(acceptance),
                            petition.urged(acceptance, null, 1));
        }

        @Test
        void a_met_limit_does_nothing_when_its_deadline_fires() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(),
                            petition.serveNotice(NoticeType.ACCEPTANCE))
                    .whenTimeAdvancesTo(RECEIVED_AT.plus(DAY.multipliedBy(20)))
                    .expectNoEvents();
        }
    }

    @Nested
    class Handling {

        @Test
        void a_dispute_gets_30_days_from_receipt_and_an_agreement_meets_them() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive())
                    .whenTimeAdvancesTo(dispute.handlingLimit().dueAt())
                    .expectEvents(dispute.deadlineReminded(dispute.handlingLimit()),
                            dispute.deadlineMissed(dispute.handlingLimit()),
                            dispute.urged(dispute.handlingLimit(), null, 1));
        }

        @Test
        void the_written_reply_leaves_the_handling_limit_to_its_notice() {
            fixture.given(history(accepted(), petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY)))
                    .when(petition.serveReply())
                    .expectEvents(petition.replyServed());
        }

        @Test
        void closing_leaves_a_limit_awaiting_its_notice_running() {
            fixture.given(history(accepted(), petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY),
                            petition.replyServed()))
                    .when(petition.close(Outcome.RESOLVED))
                    .expectEvents(petition.closed(Outcome.RESOLVED, null, Level.COMMUNITY));
        }

        /** The closure's follow-up (回访), due 15 days after it (24:00 of 16 July), is not recorded here either. */
        private FollowUpOverdue closuresFollowUpOverdue() {
            Instant due = Instant.parse("2026-07-16T16:00:00Z");
            return new FollowUpOverdue(petition.caseId(), due, due, Actor.SYSTEM);
        }

        @Test
        void a_reply_not_served_misses_the_handling_limit_on_the_closed_case_without_escalating() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(), petition.serveNotice(NoticeType.ACCEPTANCE),
                            petition.assign(TASK_FORCE), petition.serveReply(), petition.close(Outcome.RESOLVED))
                    .whenTimeAdvancesTo(handling().dueAt())
                    .expectEvents(closuresFollowUpOverdue(), petition.deadlineReminded(handling()),
                            petition.deadlineMissed(handling()));
        }

        @Test
        void closing_ends_every_running_limit_before_the_closure() {
            fixture.given(history(accepted(), petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY)))
                    .when(petition.close(Outcome.WITHDRAWN))
                    .expectEvents(petition.deadlineMet(handling(), NOW, OFFICER),
                            petition.closed(Outcome.WITHDRAWN, null, Level.COMMUNITY));
        }

        @Test
        void a_missed_limit_urges_the_unit_the_case_is_assigned_to() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(), petition.serveNotice(NoticeType.ACCEPTANCE),
                            petition.assign(TASK_FORCE))
                    .whenTimeAdvancesTo(handling().dueAt())
                    .expectEvents(petition.deadlineReminded(handling()), petition.deadlineMissed(handling()),
                            petition.urged(handling(), TASK_FORCE, 1));
        }
    }

    @Nested
    class LawfulCounting {

        private static final Instant DECEMBER_3 = Instant.parse("2026-12-03T02:00:00Z");

        /** A fixture whose "now" is 3 December 2026. */
        private FixtureConfiguration<Case> december() {
            return CaseFixtures.fixture(Clock.fixed(DECEMBER_3, ZoneId.of("Asia/Shanghai")));
        }

        @Test
        void a_limit_runs_from_the_next_day_to_24_00_of_its_last_day_rolled_past_a_rest_day() {
            // accepted at 10:00 on Wednesday 1 July: the 60th day is Sunday 30 August, so 24:00 on Monday 31 August
            Instant due = Instant.parse("2026-08-31T16:00:00Z");
            fixture.given(petition.received(), petition.acceptanceLimit())
                    .when(petition.accept())
                    .expectEvents(petition.accepted(),
                            new DeadlineSet(PetitionEvents.ID, "HANDLING-2", TimeLimit.HANDLING, due,
                                    due.minus(DAY.multipliedBy(3)), null, NOW, OFFICER, false));
        }

        @Test
        void a_limit_reaching_into_a_year_without_a_holiday_file_is_counted_on_weekdays_and_flagged() {
            // accepted on 3 December 2026: the 60th day is Monday 1 February 2027, and no 2027 file is installed
            Instant due = Instant.parse("2027-02-01T16:00:00Z");
            DeadlineSet acceptance = petition.acceptanceLimit();
            december().given(petition.received(), acceptance)
                    .when(new DecideAcceptance(PetitionEvents.ID, true, null, DECEMBER_3, OFFICER))
                    .expectEvents(new PetitionAccepted(PetitionEvents.ID, DECEMBER_3, OFFICER),
                            new DeadlineSet(PetitionEvents.ID, "HANDLING-2", TimeLimit.HANDLING, due,
                                    due.minus(DAY.multipliedBy(3)), null, DECEMBER_3, OFFICER, true));
        }

        @Test
        void an_extension_counted_into_such_a_year_is_flagged_too() {
            // handling due at 24:00 on Monday 30 November 2026, extended by 30 days: 30 December, in the last week
            // of 2026, which the 2027 notice may rearrange
            Instant running = Instant.parse("2026-11-30T16:00:00Z");
            Instant due = Instant.parse("2026-12-30T16:00:00Z");
            december().given(petition.received(), petition.acceptanceLimit(), petition.accepted(),
                            petition.deadlineMet(petition.acceptanceLimit(), NOW, OFFICER),
                            new DeadlineSet(PetitionEvents.ID, "HANDLING-2", TimeLimit.HANDLING, running,
                                    running.minus(DAY.multipliedBy(3)), null, NOW, OFFICER))
                    .when(new ExtendDeadline(PetitionEvents.ID, CaseKind.PETITION, TimeLimit.HANDLING, 30, "survey",
                            "head.wang", DECEMBER_3, OFFICER))
                    .expectEvents(new DeadlineExtended(PetitionEvents.ID, "HANDLING-3", "HANDLING-2",
                            TimeLimit.HANDLING, 30, due, due.minus(DAY.multipliedBy(3)), "survey", "head.wang",
                            DECEMBER_3, OFFICER, true));
        }

        @Test
        void an_objection_window_in_the_last_week_of_the_year_is_flagged() {
            // assigned on Thursday 24 December 2026: 25, 28, 29, 30 and 31 December, all open to the 2027 notice
            Instant assignedAt = Instant.parse("2026-12-24T02:00:00Z");
            Instant objectedAt = Instant.parse("2026-12-31T02:00:00Z");
            FixtureConfiguration<Case> late = CaseFixtures.fixture(Clock.fixed(objectedAt, ZoneId.of("Asia/Shanghai")));
            late.given(history(dispute.open(), new CaseAssigned(DisputeEvents.ID, GUOYUAN_MEDIATION,
                            Level.COMMUNITY, "li.mediator", null, assignedAt, OFFICER)))
                    .when(new ObjectToAssignment(DisputeEvents.ID, CaseKind.DISPUTE, GUOYUAN_MEDIATION, "remit",
                            objectedAt, OFFICER))
                    .expectEvents(new AssignmentObjected(DisputeEvents.ID, GUOYUAN_MEDIATION, "remit",
                            LocalDate.of(2026, 12, 31), objectedAt, OFFICER, true));
        }
    }

    @Nested
    class Extension {

        @Test
        void extends_the_handling_limit_once_by_at_most_30_days_with_reason_and_approver() {
            Instant dueAt = handling().dueAt().plus(DAY.multipliedBy(30));
            fixture.given(accepted())
                    .when(extend(30))
                    .expectEvents(new DeadlineExtended(PetitionEvents.ID, "HANDLING-3", "HANDLING-2",
                            TimeLimit.HANDLING, 30, dueAt, dueAt.minus(DAY.multipliedBy(3)),
                            "the site survey needs a second expert", "head.wang", NOW, OFFICER));
        }

        @Test
        void rejects_a_second_extension() {
            Instant dueAt = handling().dueAt().plus(DAY.multipliedBy(10));
            fixture.given(history(accepted(), new DeadlineExtended(PetitionEvents.ID, "HANDLING-3", "HANDLING-2",
                            TimeLimit.HANDLING, 10, dueAt, dueAt.minus(DAY.multipliedBy(3)), "survey", "head.wang",
                            NOW, OFFICER)))
                    .when(extend(5))
                    .expectException(violates(CaseRule.EXTENSION_ALREADY_USED))
                    .expectNoEvents();
        }

        @Test
        void rejects_more_than_30_days_or_none() {
            fixture.given(accepted())
                    .when(extend(31))
                    .expectException(violates(CaseRule.EXTENSION_DAYS_INVALID))
                    .expectNoEvents();
            fixture.given(accepted())
                    .when(extend(0))
                    .expectException(violates(CaseRule.EXTENSION_DAYS_INVALID))
                    .expectNoEvents();
        }

        @Test
        void requires_the_reason_and_the_approving_head() {
            fixture.given(accepted())
                    .when(new ExtendDeadline(PetitionEvents.ID, CaseKind.PETITION, TimeLimit.HANDLING, 10, " ",
                            "head.wang", NOW, OFFICER))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
            fixture.given(accepted())
                    .when(new ExtendDeadline(PetitionEvents.ID, CaseKind.PETITION, TimeLimit.HANDLING, 10, "survey",
                            null, NOW, OFFICER))
                    .expectException(violates(CaseRule.APPROVER_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void only_a_running_handling_limit_is_extendable() {
            fixture.given(petition.received(), petition.acceptanceLimit())
                    .when(new ExtendDeadline(PetitionEvents.ID, CaseKind.PETITION, TimeLimit.ACCEPTANCE, 5, "survey",
                            "head.wang", NOW, OFFICER))
                    .expectException(violates(CaseRule.LIMIT_NOT_EXTENDABLE))
                    .expectNoEvents();
            fixture.given(petition.received(), petition.acceptanceLimit())
                    .when(extend(5))
                    .expectException(violates(CaseRule.LIMIT_NOT_RUNNING))
                    .expectNoEvents();
        }

        @Test
        void the_replaced_deadline_does_nothing_when_it_fires() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(), petition.serveNotice(NoticeType.ACCEPTANCE),
                            extend(10))
                    .whenTimeAdvancesTo(NOW.plus(DAY.multipliedBy(62)))
                    .expectNoEvents();
        }

        @Test
        void the_extended_deadline_fires_at_its_new_due_time() {
            Instant extendedDue = handling().dueAt().plus(DAY.multipliedBy(10));
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(), petition.serveNotice(NoticeType.ACCEPTANCE),
                            extend(10))
                    .whenTimeAdvancesTo(extendedDue)
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(DeadlineReminded.class),
                            instanceOf(DeadlineMissed.class), instanceOf(UrgingIssued.class), andNoMore())));
        }
    }

    @Nested
    class Hearing {

        @Test
        void a_running_hearing_suspends_the_limit() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(),
                            new StartHearing(PetitionEvents.ID, CaseKind.PETITION, NOW, OFFICER))
                    .whenTimeAdvancesTo(NOW.plus(DAY.multipliedBy(70)))
                    .expectNoEvents();
        }

        @Test
        void the_end_of_the_hearing_moves_the_due_time_by_its_length() {
            Instant ended = NOW.plus(DAY.multipliedBy(10));
            Instant dueAt = handling().dueAt().plus(DAY.multipliedBy(10));
            CaseFixtures.fixture(Clock.fixed(ended, ZoneId.of("Asia/Shanghai")))
                    .given(history(accepted(), new HearingStarted(PetitionEvents.ID, NOW, OFFICER)))
                    .when(new EndHearing(PetitionEvents.ID, CaseKind.PETITION, ended, OFFICER))
                    .expectEvents(new HearingEnded(PetitionEvents.ID, NOW, ended, OFFICER),
                            new DeadlineSet(PetitionEvents.ID, "HANDLING-3", TimeLimit.HANDLING, dueAt,
                                    dueAt.minus(DAY.multipliedBy(3)), "HANDLING-2", ended, OFFICER));
        }

        @Test
        void one_hearing_at_a_time() {
            fixture.given(history(accepted(), new HearingStarted(PetitionEvents.ID, NOW, OFFICER)))
                    .when(new StartHearing(PetitionEvents.ID, CaseKind.PETITION, NOW, OFFICER))
                    .expectException(violates(CaseRule.HEARING_ALREADY_RUNNING))
                    .expectNoEvents();
            fixture.given(accepted())
                    .when(new EndHearing(PetitionEvents.ID, CaseKind.PETITION, NOW, OFFICER))
                    .expectException(violates(CaseRule.NO_HEARING_RUNNING))
                    .expectNoEvents();
        }
    }

    @Nested
    class Objection {

        private ObjectToAssignment object() {
            return new ObjectToAssignment(DisputeEvents.ID, CaseKind.DISPUTE, GUOYUAN_MEDIATION,
                    "a labour dispute belongs to the labour arbitration committee", NOW, OFFICER);
        }

        @Test
        void the_unit_may_object_within_5_working_days_of_the_assignment() {
            // assigned on Wednesday 1 July: the fifth working day after is Wednesday 8 July
            fixture.given(history(dispute.open(), dispute.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY)))
                    .when(object())
                    .expectEvents(new AssignmentObjected(DisputeEvents.ID, GUOYUAN_MEDIATION,
                            "a labour dispute belongs to the labour arbitration committee", LocalDate.of(2026, 7, 8),
                            NOW, OFFICER));
        }

        @Test
        void a_late_objection_is_refused() {
            // assigned on Tuesday 23 June: the fifth working day after was Tuesday 30 June
            var assigned = new CaseAssigned(DisputeEvents.ID, GUOYUAN_MEDIATION,
                    Level.COMMUNITY, "li.mediator", null, NOW.minus(DAY.multipliedBy(8)), OFFICER);
            fixture.given(history(dispute.open(), assigned))
                    .when(object())
                    .expectException(violates(CaseRule.OBJECTION_TOO_LATE))
                    .expectNoEvents();
        }

        @Test
        void only_the_current_unit_objects_and_only_once() {
            fixture.given(history(dispute.open(), dispute.assignedTo(TASK_FORCE, Level.SUB_DISTRICT)))
                    .when(object())
                    .expectException(violates(CaseRule.NOT_CURRENT_UNIT))
                    .expectNoEvents();
            fixture.given(history(dispute.open(), dispute.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY),
                            new AssignmentObjected(DisputeEvents.ID, GUOYUAN_MEDIATION, "remit",
                                    LocalDate.of(2026, 7, 8), NOW, OFFICER)))
                    .when(object())
                    .expectException(violates(CaseRule.OBJECTION_ALREADY_RAISED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Review {

        private RequestReview request() {
            return new RequestReview(PetitionEvents.ID, "the reply ignores the second complaint", NOW, INTAKE);
        }

        private ReplyServed repliedAt(Instant servedAt) {
            return new ReplyServed(PetitionEvents.ID, ReplyOpinion.NOT_SUPPORT, PetitionEvents.REPLY, servedAt,
                    OFFICER);
        }

        private List<Object> replied(Instant servedAt) {
            return history(petition.open(), petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY),
                    repliedAt(servedAt));
        }

        @Test
        void review_within_30_days_reopens_the_case_at_the_next_level_with_its_own_30_days() {
            fixture.given(replied(NOW.minus(DAY.multipliedBy(29))))
                    .when(request())
                    .expectEvents(new ReviewRequested(PetitionEvents.ID, ReviewStage.REVIEW, Level.COMMUNITY,
                                    Level.SUB_DISTRICT, "the reply ignores the second complaint", NOW, INTAKE),
                            petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE));
        }

        @Test
        void a_closed_case_reopens_for_review() {
            fixture.given(history(replied(NOW.minus(DAY)), petition.closed(Outcome.RESOLVED, null, Level.COMMUNITY)))
                    .when(request())
                    .expectEvents(new ReviewRequested(PetitionEvents.ID, ReviewStage.REVIEW, Level.COMMUNITY,
                                    Level.SUB_DISTRICT, "the reply ignores the second complaint", NOW, INTAKE),
                            petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE));
        }

        @Test
        void a_late_request_is_rejected_with_the_rule_named() {
            fixture.given(replied(NOW.minus(DAY.multipliedBy(31))))
                    .when(request())
                    .expectException(violates(CaseRule.REVIEW_TOO_LATE))
                    .expectNoEvents();
        }

        @Test
        void review_needs_a_written_reply() {
            fixture.given(history(petition.open(), petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY)))
                    .when(request())
                    .expectException(violates(CaseRule.REPLY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void the_review_opinion_meets_the_review_limit_and_re_review_follows_at_the_next_level() {
            DeadlineSet review = petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE);
            List<Object> reviewing = history(replied(NOW.minus(DAY)), new ReviewRequested(PetitionEvents.ID,
                    ReviewStage.REVIEW, Level.COMMUNITY, Level.SUB_DISTRICT, "reason", NOW, INTAKE), review,
                    petition.reassigned(GUOYUAN_MEDIATION, TASK_FORCE, Level.SUB_DISTRICT));
            fixture.given(history(reviewing, petition.replyServed()))
                    .when(petition.serveNotice(NoticeType.REPLY))
                    .expectEvents(petition.noticeServed(NoticeType.REPLY), petition.deadlineMet(review, NOW, OFFICER));
            fixture.given(history(reviewing, petition.replyServed(), petition.deadlineMet(review, NOW, OFFICER)))
                    .when(request())
                    .expectEvents(new ReviewRequested(PetitionEvents.ID, ReviewStage.RE_REVIEW, Level.SUB_DISTRICT,
                                    Level.DISTRICT, "the reply ignores the second complaint", NOW, INTAKE),
                            petition.deadlineSet(TimeLimit.RE_REVIEW, 2, NOW, 30, INTAKE));
        }

        private List<Object> reviewing(Object... more) {
            return history(history(replied(NOW.minus(DAY)), new ReviewRequested(PetitionEvents.ID, ReviewStage.REVIEW,
                    Level.COMMUNITY, Level.SUB_DISTRICT, "reason", NOW, INTAKE),
                    petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE)), more);
        }

        @Test
        void the_body_that_replied_does_not_answer_the_review_of_its_reply() {
            fixture.given(reviewing())
                    .when(petition.serveReply())
                    .expectException(violates(CaseRule.REVIEW_BY_SAME_BODY))
                    .expectNoEvents();
        }

        @Test
        void a_review_is_answered_one_level_above_the_body_that_replied() {
            fixture.given(reviewing(petition.reassigned(GUOYUAN_MEDIATION, new UnitCode("SH-JH-MEDIATION"),
                            Level.COMMUNITY)))
                    .when(petition.serveReply())
                    .expectException(violates(CaseRule.REVIEW_LEVEL_TOO_LOW))
                    .expectNoEvents();
        }

        @Test
        void the_review_goes_above_the_body_that_replied_not_above_where_the_case_was_escalated() {
            fixture.given(history(petition.open(), petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY),
                            petition.escalated(Level.COMMUNITY, Level.SUB_DISTRICT), repliedAt(NOW.minus(DAY))))
                    .when(request())
                    .expectEvents(new ReviewRequested(PetitionEvents.ID, ReviewStage.REVIEW, Level.COMMUNITY,
                                    Level.SUB_DISTRICT, "the reply ignores the second complaint", NOW, INTAKE),
                            petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE));
        }

        @Test
        void the_request_window_ends_at_24_00_of_its_30th_day() {
            // replied at 09:00 on 1 June (Beijing time): the 30th day is 1 July, open until 24:00 although more than
            // 30 times 24 hours have passed at 10:00 that day
            fixture.given(replied(Instant.parse("2026-06-01T01:00:00Z")))
                    .when(request())
                    .expectEvents(new ReviewRequested(PetitionEvents.ID, ReviewStage.REVIEW, Level.COMMUNITY,
                                    Level.SUB_DISTRICT, "the reply ignores the second complaint", NOW, INTAKE),
                            petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE));
            // replied at 23:00 on 31 May: the 30th day was 30 June, closed at 24:00 that day
            CaseFixtures.fixture().given(replied(Instant.parse("2026-05-31T15:00:00Z")))
                    .when(request())
                    .expectException(violates(CaseRule.REVIEW_TOO_LATE))
                    .expectNoEvents();
        }

        @Test
        void after_re_review_the_matter_is_not_reviewed_again() {
            fixture.given(history(replied(NOW.minus(DAY)),
                            new ReviewRequested(PetitionEvents.ID, ReviewStage.RE_REVIEW, Level.SUB_DISTRICT,
                                    Level.DISTRICT, "reason", NOW, INTAKE),
                            petition.replyServed()))
                    .when(request())
                    .expectException(violates(CaseRule.REVIEW_EXHAUSTED))
                    .expectNoEvents();
        }

        @Test
        void a_missed_review_limit_is_recorded_once() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(replied(NOW.minus(DAY)))
                    .andGivenCommands(request())
                    .whenTimeAdvancesTo(NOW.plus(DAY.multipliedBy(31)))
                    .expectEvents(petition.deadlineReminded(petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE)),
                            petition.deadlineMissed(petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE)),
                            petition.urged(petition.deadlineSet(TimeLimit.REVIEW, 1, NOW, 30, INTAKE), GUOYUAN_MEDIATION,
                                    1));
        }
    }

    @Nested
    class Risk {

        private static final String THREAT = "one petitioner threatened to jump from the building";

        /** What a HIGH or CRITICAL intake sets off: dispatch to the task force, a leader due within 24 hours. */
        private List<Object> toTaskForce() {
            LimitEnd window = CaseFixtures.POLICY.signForWindow(RECEIVED_AT);
            return List.of(new CaseDispatched(PetitionEvents.ID, TASK_FORCE, List.of(), HighRiskPolicy.INSTRUCTIONS,
                            window.dueAt(), window.calendarDegraded(), RECEIVED_AT, INTAKE),
                    leaderDue());
        }

        private DeadlineSet leaderDue() {
            return new DeadlineSet(PetitionEvents.ID, "RISK_LEADER-2", TimeLimit.RISK_LEADER,
                    RECEIVED_AT.plus(Duration.ofHours(24)), null, null, RECEIVED_AT, INTAKE);
        }

        private List<Object> highRiskIntake() {
            return history(List.of(petition.received(),
                    new RiskLevelChanged(PetitionEvents.ID, RiskLevel.LOW, RiskLevel.HIGH, THREAT, RECEIVED_AT,
                            INTAKE, true),
                    new CaseEscalated(PetitionEvents.ID, Level.GRID, Level.SUB_DISTRICT,
                            "risk HIGH: to the sub-district at once", RECEIVED_AT, INTAKE),
                    // half of 15 days
                    petition.deadlineSet(TimeLimit.ACCEPTANCE, 1, RECEIVED_AT, 7, INTAKE)), toTaskForce().toArray());
        }

        @Test
        void a_high_risk_intake_goes_to_the_sub_district_and_its_task_force_at_once_with_a_leader_due_in_24_hours() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().risk(RiskLevel.HIGH, THREAT).policeInformed(true).command())
                    .expectEvents(highRiskIntake().toArray());
        }

        @Test
        void the_first_leader_meets_the_24_hours_and_starts_the_check_ins() {
            fixture.given(highRiskIntake())
                    .when(new AssignRiskLeader(PetitionEvents.ID, CaseKind.PETITION, "leader.zhang", NOW, OFFICER))
                    .expectEvents(new RiskLeaderAssigned(PetitionEvents.ID, "leader.zhang", NOW, OFFICER),
                            petition.deadlineMet(leaderDue(), NOW, OFFICER),
                            new DeadlineSet(PetitionEvents.ID, "CHECK_IN-3", TimeLimit.CHECK_IN,
                                    NOW.plus(Duration.ofHours(24)), null, null, NOW, OFFICER));
        }

        @Test
        void no_leader_within_24_hours_is_a_missed_limit() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.intake().risk(RiskLevel.HIGH, THREAT).policeInformed(true).command())
                    .whenTimeAdvancesTo(RECEIVED_AT.plus(Duration.ofHours(24)))
                    .expectEvents(new DeadlineMissed(PetitionEvents.ID, "RISK_LEADER-2", TimeLimit.RISK_LEADER,
                            RECEIVED_AT.plus(Duration.ofHours(24)), RECEIVED_AT.plus(Duration.ofHours(24)),
                            Actor.SYSTEM));
        }

        @Test
        void a_petition_the_task_force_signed_for_before_acceptance_is_assigned_to_it_when_accepted() {
            DispatchSigned signed = new DispatchSigned(PetitionEvents.ID, TASK_FORCE, NOW, OFFICER);
            fixture.given(highRiskIntake())
                    .when(new SignForDispatch(PetitionEvents.ID, CaseKind.PETITION, TASK_FORCE, NOW, OFFICER))
                    .expectEvents(signed);
            CaseFixtures.fixture().given(history(highRiskIntake(), signed))
                    .when(petition.accept())
                    .expectEvents(petition.accepted(),
                            // the acceptance limit runs on until the decision is served
                            petition.deadlineSet(TimeLimit.HANDLING, 3, NOW, 30, OFFICER),
                            new CaseAssigned(PetitionEvents.ID, TASK_FORCE, Level.SUB_DISTRICT, null, null, NOW,
                                    OFFICER));
        }

        @Test
        void a_high_or_critical_intake_says_whether_the_police_were_informed_as_a_later_change_does() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().risk(RiskLevel.HIGH, THREAT).command())
                    .expectException(violates(CaseRule.POLICE_INFORMED_REQUIRED))
                    .expectNoEvents();
            CaseFixtures.fixture().givenNoPriorActivity()
                    .when(petition.intake().risk(RiskLevel.CRITICAL, THREAT).policeInformed(false).command())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(history(List.of(petition.received(),
                            new RiskLevelChanged(PetitionEvents.ID, RiskLevel.LOW, RiskLevel.CRITICAL, THREAT,
                                    RECEIVED_AT, INTAKE, false),
                            new CaseEscalated(PetitionEvents.ID, Level.GRID, Level.SUB_DISTRICT,
                                    "risk CRITICAL: to the sub-district at once", RECEIVED_AT, INTAKE),
                            petition.deadlineSet(TimeLimit.ACCEPTANCE, 1, RECEIVED_AT, 7, INTAKE)),
                            toTaskForce().toArray()).toArray());
            CaseFixtures.fixture().givenNoPriorActivity()
                    .when(petition.intake().risk(RiskLevel.MEDIUM, THREAT).command())
                    .expectEvents(petition.received(),
                            new RiskLevelChanged(PetitionEvents.ID, RiskLevel.LOW, RiskLevel.MEDIUM, THREAT,
                                    RECEIVED_AT, INTAKE, null),
                            petition.acceptanceLimit());
        }

        @Test
        void a_risk_above_low_at_intake_needs_its_reason() {
            fixture.givenNoPriorActivity()
                    .when(petition.intake().risk(RiskLevel.CRITICAL, " ").command())
                    .expectException(violates(CaseRule.RISK_REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void becoming_critical_escalates_and_shortens_the_running_limit() {
            // 30 days from Wednesday 1 July: 24:00 on Friday 31 July
            Instant shorter = Instant.parse("2026-07-31T16:00:00Z");
            fixture.given(accepted())
                    .when(petition.changeRisk(RiskLevel.CRITICAL, THREAT, false))
                    .expectEvents(new RiskLevelChanged(PetitionEvents.ID, RiskLevel.LOW, RiskLevel.CRITICAL, THREAT,
                                    NOW, OFFICER, false),
                            new CaseEscalated(PetitionEvents.ID, Level.GRID, Level.SUB_DISTRICT,
                                    "risk CRITICAL: to the sub-district at once", NOW, OFFICER),
                            new DeadlineSet(PetitionEvents.ID, "HANDLING-3", TimeLimit.HANDLING, shorter,
                                    shorter.minus(DAY.multipliedBy(3)), "HANDLING-2", NOW, OFFICER));
        }

        @Test
        void becoming_high_risk_records_whether_the_police_were_informed() {
            fixture.given(accepted())
                    .when(petition.changeRisk(RiskLevel.HIGH, THREAT, null))
                    .expectException(violates(CaseRule.POLICE_INFORMED_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_named_leader_owns_a_high_risk_case_and_check_ins_start() {
            fixture.given(history(petition.open(), petition.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, THREAT)))
                    .when(new AssignRiskLeader(PetitionEvents.ID, CaseKind.PETITION, "leader.zhang", NOW, OFFICER))
                    .expectEvents(new RiskLeaderAssigned(PetitionEvents.ID, "leader.zhang", NOW, OFFICER),
                            new DeadlineSet(PetitionEvents.ID, "CHECK_IN-1", TimeLimit.CHECK_IN,
                                    NOW.plus(Duration.ofHours(24)), null, null, NOW, OFFICER));
        }

        @Test
        void only_a_high_risk_case_has_a_leader() {
            fixture.given(petition.open())
                    .when(new AssignRiskLeader(PetitionEvents.ID, CaseKind.PETITION, "leader.zhang", NOW, OFFICER))
                    .expectException(violates(CaseRule.NOT_HIGH_RISK))
                    .expectNoEvents();
        }

        @Test
        void a_check_in_meets_the_running_one_and_sets_the_next() {
            DeadlineSet first = new DeadlineSet(PetitionEvents.ID, "CHECK_IN-1", TimeLimit.CHECK_IN,
                    NOW.plus(Duration.ofHours(20)), null, null, NOW.minus(Duration.ofHours(4)), OFFICER);
            fixture.given(history(petition.open(), petition.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, THREAT),
                            new RiskLeaderAssigned(PetitionEvents.ID, "leader.zhang", NOW, OFFICER), first))
                    .when(new RecordCheckIn(PetitionEvents.ID, CaseKind.PETITION, "visited; calm", NOW, OFFICER))
                    .expectEvents(new RiskCheckInRecorded(PetitionEvents.ID, "visited; calm", NOW, OFFICER),
                            petition.deadlineMet(first, NOW, OFFICER),
                            new DeadlineSet(PetitionEvents.ID, "CHECK_IN-2", TimeLimit.CHECK_IN,
                                    NOW.plus(Duration.ofHours(24)), null, null, NOW, OFFICER));
        }

        @Test
        void a_check_in_needs_the_leader() {
            fixture.given(history(petition.open(), petition.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, THREAT)))
                    .when(new RecordCheckIn(PetitionEvents.ID, CaseKind.PETITION, "visited", NOW, OFFICER))
                    .expectException(violates(CaseRule.LEADER_NOT_ASSIGNED))
                    .expectNoEvents();
        }

        @Test
        void a_missed_check_in_is_recorded_without_further_escalation() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(history(petition.open(), petition.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, THREAT)))
                    .andGivenCommands(new AssignRiskLeader(PetitionEvents.ID, CaseKind.PETITION, "leader.zhang", NOW,
                            OFFICER))
                    .whenTimeElapses(Duration.ofHours(25))
                    .expectEvents(new DeadlineMissed(PetitionEvents.ID, "CHECK_IN-1",
                            TimeLimit.CHECK_IN, NOW.plus(Duration.ofHours(24)), NOW.plus(Duration.ofHours(24)),
                            Actor.SYSTEM));
        }

        @Test
        void a_high_risk_case_closes_only_with_a_leader() {
            fixture.given(history(petition.open(), petition.riskChanged(RiskLevel.LOW, RiskLevel.HIGH, THREAT)))
                    .when(petition.close(Outcome.WITHDRAWN))
                    .expectException(violates(CaseRule.LEADER_NOT_ASSIGNED))
                    .expectNoEvents();
        }
    }
}
