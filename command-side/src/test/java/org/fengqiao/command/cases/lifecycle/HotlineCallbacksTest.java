package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpMethod;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.aftercare.ReopenForRework;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.supervision.OrderSupervision;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.DecideHotlineExtension;
import org.fengqiao.cases.timelimits.HotlineExtensionDecided;
import org.fengqiao.cases.timelimits.HotlineExtensionRequested;
import org.fengqiao.cases.timelimits.RequestHotlineExtension;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.command.cases.CaseEvents;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the 12345 hotline sends back about its work order (issue 21, part 2): its decision on an extension (延期), its
 * follow-up (回访) finding the resident unsatisfied, which sends the order back for rework (重办) with a limit in
 * working days to the hotline's new due date, and its urge (催办), which is its supervision order (督办). Counted on the 2026 calendar: the National Day
 * holidays of 1-7 October skipped, the make-up Saturday of 10 October counted.
 */
class HotlineCallbacksTest {

    private static final Actor HOTLINE = new Actor("hotline");
    /** Wednesday 30 September 2026, 10:00 in Asia/Shanghai. */
    private static final Instant DISPATCHED = Instant.parse("2026-09-30T02:00:00Z");
    /** The order's limit: 24:00 of Friday 9 October. */
    private static final Instant DUE_AT = Instant.parse("2026-10-09T16:00:00Z");
    private static final Instant DECIDED = DISPATCHED.plusSeconds(30);
    /** 8, 9, 10 (make-up Saturday) and 12 October: the fourth working day after 30 September ends at its 24:00. */
    private static final LocalDate NEW_DUE_DATE = LocalDate.of(2026, 10, 12);
    private static final Instant NEW_DUE_AT = Instant.parse("2026-10-12T16:00:00Z");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture(
            Clock.fixed(DISPATCHED.plusSeconds(60), ZoneId.of("Asia/Shanghai")));
    private final PetitionEvents petition = new PetitionEvents();

    private DeadlineSet hotlineLimit() {
        return new DeadlineSet(petition.caseId(), "HOTLINE-1", TimeLimit.HOTLINE, DUE_AT,
                CaseFixtures.POLICY.remindAt(DISPATCHED, DUE_AT), null, DISPATCHED, HOTLINE, false);
    }

    private DeadlineSet newLimit(String replaces) {
        return new DeadlineSet(petition.caseId(), "HOTLINE-2", TimeLimit.HOTLINE, NEW_DUE_AT,
                CaseFixtures.POLICY.remindAt(DECIDED, NEW_DUE_AT), replaces, DECIDED, HOTLINE, false);
    }

    private List<Object> order() {
        return CaseEvents.history(petition.open(), hotlineLimit());
    }

    private DecideHotlineExtension decide(boolean approved, LocalDate dueDate) {
        return new DecideHotlineExtension(petition.caseId(), CaseKind.PETITION, approved, dueDate, DECIDED, HOTLINE);
    }

    @Nested
    class Extensions {

        @Test
        void an_approved_extension_runs_the_orders_limit_to_the_new_due_date_in_working_days() {
            fixture.given(order())
                    .when(decide(true, NEW_DUE_DATE))
                    .expectEvents(new HotlineExtensionDecided(petition.caseId(), true, NEW_DUE_DATE, DECIDED, HOTLINE),
                            newLimit("HOTLINE-1"));
        }

        @Test
        void a_refused_extension_is_recorded_and_leaves_the_limit() {
            fixture.given(order())
                    .when(decide(false, NEW_DUE_DATE))
                    .expectEvents(new HotlineExtensionDecided(petition.caseId(), false, null, DECIDED, HOTLINE));
        }

        @Test
        void an_approval_names_a_due_date_after_the_limits_last_day() {
            fixture.given(order())
                    .when(decide(true, null))
                    .expectNoEvents().expectException(violates(CaseRule.HOTLINE_DUE_DATE_REQUIRED));
            CaseFixtures.fixture(Clock.fixed(DISPATCHED.plusSeconds(60), ZoneId.of("Asia/Shanghai")))
                    .given(order())
                    .when(decide(true, LocalDate.of(2026, 10, 9)))
                    .expectNoEvents().expectException(violates(CaseRule.EXTENSION_NOT_LATER));
        }

        @Test
        void only_while_the_orders_limit_runs() {
            fixture.given(petition.open())
                    .when(decide(true, NEW_DUE_DATE))
                    .expectNoEvents().expectException(violates(CaseRule.HOTLINE_LIMIT_NOT_RUNNING));
        }
    }

    /** The unit asks the hotline for an extension (延期申请): the limit runs on until the hotline decides. */
    @Nested
    class ExtensionRequests {

        private static final String REASON = "The lift's control board comes from the factory in a week.";

        private RequestHotlineExtension request(LocalDate dueDate, String reason) {
            return new RequestHotlineExtension(petition.caseId(), CaseKind.PETITION, dueDate, reason, DECIDED,
                    CaseEvents.OFFICER);
        }

        @Test
        void the_unit_asks_for_a_later_due_date_with_its_reasons_and_the_limit_runs_on() {
            fixture.given(CaseEvents.history(order(), petition.assignedTo(CaseEvents.GUOYUAN_MEDIATION,
                    Level.COMMUNITY)))
                    .when(request(NEW_DUE_DATE, REASON))
                    .expectEvents(new HotlineExtensionRequested(petition.caseId(), NEW_DUE_DATE,
                            CaseEvents.GUOYUAN_MEDIATION, REASON, DECIDED, CaseEvents.OFFICER));
        }

        @Test
        void asks_for_a_date_after_the_limits_last_day() {
            fixture.given(order())
                    .when(request(LocalDate.of(2026, 10, 9), REASON))
                    .expectException(violates(CaseRule.EXTENSION_NOT_LATER))
                    .expectNoEvents();
        }

        @Test
        void gives_its_reasons() {
            fixture.given(order())
                    .when(request(NEW_DUE_DATE, " "))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void only_for_an_order_whose_limit_runs() {
            fixture.given(petition.open())
                    .when(request(NEW_DUE_DATE, REASON))
                    .expectException(violates(CaseRule.HOTLINE_LIMIT_NOT_RUNNING))
                    .expectNoEvents();
        }
    }

    @Nested
    class Rework {

        private final Instant closedAt = DISPATCHED.plusSeconds(10);
        private final Instant followedUpAt = DISPATCHED.plusSeconds(20);

        private List<Object> closedAndFollowedUp(Satisfaction satisfaction) {
            return CaseEvents.history(order(),
                    new DeadlineMet(petition.caseId(), "HOTLINE-1", TimeLimit.HOTLINE, DUE_AT, closedAt,
                            CaseEvents.OFFICER),
                    new CaseClosed(petition.caseId(), Outcome.RESOLVED, Satisfaction.SATISFIED, null, null,
                            Level.GRID, closedAt, CaseEvents.OFFICER),
                    new FollowUpRecorded(petition.caseId(), "12345", FollowUpMethod.PHONE, satisfaction, null, null,
                            true, satisfaction == Satisfaction.DISSATISFIED, followedUpAt, HOTLINE));
        }

        private ReopenForRework sentBack(LocalDate dueDate) {
            return new ReopenForRework(petition.caseId(), CaseKind.PETITION, "12345 follow-up: unsatisfied", DECIDED,
                    HOTLINE, dueDate);
        }

        @Test
        void an_unsatisfied_follow_up_sends_the_order_back_with_a_working_day_limit_to_the_hotlines_due_date() {
            fixture.given(closedAndFollowedUp(Satisfaction.DISSATISFIED))
                    .when(sentBack(NEW_DUE_DATE))
                    .expectEvents(new CaseReopenedForRework(petition.caseId(), "12345 follow-up: unsatisfied",
                            Level.GRID, DECIDED, HOTLINE), newLimit(null));
        }

        @Test
        void not_after_a_satisfied_follow_up_nor_to_a_due_date_passed() {
            fixture.given(closedAndFollowedUp(Satisfaction.SATISFIED))
                    .when(sentBack(NEW_DUE_DATE))
                    .expectNoEvents().expectException(violates(CaseRule.REWORK_NOT_WARRANTED));
            CaseFixtures.fixture(Clock.fixed(DISPATCHED.plusSeconds(60), ZoneId.of("Asia/Shanghai")))
                    .given(closedAndFollowedUp(Satisfaction.DISSATISFIED))
                    .when(sentBack(LocalDate.of(2026, 9, 29)))
                    .expectNoEvents().expectException(violates(CaseRule.HOTLINE_DUE_DATE_PASSED));
        }
    }

    /**
     * The hotline's urge (催办) comes in as its supervision order (督办): ordered by the hotline's system, not a
     * listing, with the feedback due the hotline names or the policy's five working days.
     */
    @Nested
    class Urge {

        private static final String SYSTEM = "hotline-12345";
        private static final String URGE = "12345 催办";
        /** 24:00 of Thursday 8 October, the first working day after the holidays. */
        private static final Instant FEEDBACK_BY = Instant.parse("2026-10-08T16:00:00Z");
        /** Five working days after 30 September: 8, 9, 10 (make-up Saturday), 12 and 13 October, to 24:00. */
        private static final Instant DEFAULT_FEEDBACK_DUE = Instant.parse("2026-10-13T16:00:00Z");

        private OrderSupervision urge(Instant feedbackBy) {
            return new OrderSupervision(petition.caseId(), CaseKind.PETITION, URGE, feedbackBy, DECIDED, HOTLINE,
                    SYSTEM);
        }

        private SupervisionOrdered ordered(String orderId, Instant feedbackDue) {
            return new SupervisionOrdered(petition.caseId(), orderId, null, null, null, Level.DISTRICT, false, URGE,
                    feedbackDue, false, DECIDED, HOTLINE, SYSTEM);
        }

        @Test
        void the_hotlines_urge_is_its_supervision_order_with_the_feedback_time_it_names() {
            fixture.given(order())
                    .when(urge(FEEDBACK_BY))
                    .expectEvents(ordered("ORDER-1", FEEDBACK_BY));
        }

        @Test
        void without_a_feedback_time_the_feedback_is_due_after_the_policys_working_days_holidays_skipped() {
            fixture.given(order())
                    .when(urge(null))
                    .expectEvents(ordered("ORDER-1", DEFAULT_FEEDBACK_DUE));
        }

        @Test
        void it_is_no_listing_so_it_is_ordered_while_a_listed_order_waits() {
            SupervisionOrdered listed = new SupervisionOrdered(petition.caseId(), "ORDER-1", null, null, null,
                    Level.COMMUNITY, true, "listed by the sub-district", FEEDBACK_BY, false, DISPATCHED,
                    new Actor("supervisor"));
            fixture.given(CaseEvents.history(order(), listed))
                    .when(urge(FEEDBACK_BY))
                    .expectEvents(ordered("ORDER-2", FEEDBACK_BY));
        }

        @Test
        void a_supervisor_may_list_the_case_while_the_hotlines_order_waits() {
            fixture.given(CaseEvents.history(order(), ordered("ORDER-1", FEEDBACK_BY)))
                    .when(new OrderSupervision(petition.caseId(), CaseKind.PETITION, "listed", FEEDBACK_BY, DECIDED,
                            new Actor("supervisor")))
                    .expectEvents(new SupervisionOrdered(petition.caseId(), "ORDER-2", null, null, null,
                            Level.COMMUNITY, true, "listed", FEEDBACK_BY, false, DECIDED, new Actor("supervisor")));
        }

        @Test
        void rejects_a_feedback_time_not_after_the_urge() {
            fixture.given(order())
                    .when(urge(DECIDED))
                    .expectException(violates(CaseRule.FEEDBACK_BY_NOT_AHEAD))
                    .expectNoEvents();
        }
    }
}
