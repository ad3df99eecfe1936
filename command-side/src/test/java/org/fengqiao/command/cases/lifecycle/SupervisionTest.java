package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.GUOYUAN_MEDIATION;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.supervision.GiveSupervisionFeedback;
import org.fengqiao.cases.supervision.OrderSupervision;
import org.fengqiao.cases.supervision.SupervisionFeedbackGiven;
import org.fengqiao.cases.supervision.SupervisionFeedbackOverdue;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.supervision.UrgeCase;
import org.fengqiao.cases.supervision.UrgingIssued;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.fengqiao.command.timelimits.SupervisionDue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Urging and supervision orders (催办, 督办) with the default settings: a missed limit urges the responsible unit and
 * leaves the case's level alone; two working days after the limit's last day, if its work is still not done, the
 * level above orders supervision with five working days for the written feedback; a supervisor urges and lists a case
 * for supervision by hand; the unit answers an order once. Dates are those of the 2026 calendar: the petition is
 * received on Wednesday 1 July, so its acceptance limit ends at 24:00 on Thursday 16 July.
 */
class SupervisionTest {

    private static final Actor SUPERVISOR = new Actor("supervisor.wang");
    private static final String URGE = "The residents called again: report on the lift by Friday.";
    private static final String LISTED = "Listed by the sub-district: weekly written progress until the lift runs.";
    private static final String FEEDBACK = "The repair firm is contracted; the lift runs again on 30 July.";
    /** 24:00 on Mon 20 July: two working days (Fri 17, Mon 20) after the acceptance limit's last day. */
    private static final Instant SUPERVISE_AT = Instant.parse("2026-07-20T16:00:00Z");
    /** 24:00 on Mon 27 July: five working days (21-24, 27 July) after the order's day. */
    private static final Instant FEEDBACK_DUE = Instant.parse("2026-07-27T16:00:00Z");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();
    private final DisputeEvents dispute = new DisputeEvents();

    private DeadlineSet acceptance() {
        return petition.acceptanceLimit();
    }

    private UrgingIssued urged() {
        return new UrgingIssued(PetitionEvents.ID, "URGING-1", "ACCEPTANCE-1", TimeLimit.ACCEPTANCE, null, null,
                SUPERVISE_AT, acceptance().dueAt(), Actor.SYSTEM);
    }

    private SupervisionOrdered ordered() {
        return new SupervisionOrdered(PetitionEvents.ID, "ORDER-1", "ACCEPTANCE-1", TimeLimit.ACCEPTANCE, null,
                Level.COMMUNITY, false, null, FEEDBACK_DUE, false, SUPERVISE_AT, Actor.SYSTEM);
    }

    /** Received, the acceptance limit missed and urged, nothing decided yet. */
    private List<Object> urgedHistory() {
        return List.of(petition.received(), acceptance(), petition.deadlineReminded(acceptance()),
                petition.deadlineMissed(acceptance()), urged());
    }

    /** A listed supervision of a case assigned to Guoyuan's committee (COMMUNITY), ordered at NOW. */
    private SupervisionOrdered listed(Instant feedbackDue) {
        return new SupervisionOrdered(PetitionEvents.ID, "ORDER-1", null, null, GUOYUAN_MEDIATION,
                Level.SUB_DISTRICT, true, LISTED, feedbackDue, false, NOW, SUPERVISOR);
    }

    private List<Object> assignedToGuoyuan() {
        return history(petition.open(), petition.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY));
    }

    private OrderSupervision order(Instant feedbackBy) {
        return new OrderSupervision(PetitionEvents.ID, CaseKind.PETITION, LISTED, feedbackBy, NOW, SUPERVISOR);
    }

    private GiveSupervisionFeedback feedback(String orderId, String text) {
        return new GiveSupervisionFeedback(PetitionEvents.ID, CaseKind.PETITION, orderId, text, NOW, OFFICER);
    }

    /**
     * Schedules the end of the grace of the missed deadline {@code deadlineId} on the fixture's deadline manager, as
     * the urging in a given history did when it was applied (given events schedule nothing).
     */
    private TestExecutor<Case> graceScheduled(TestExecutor<Case> given, String deadlineId) throws Exception {
        return graceScheduled(given, PetitionEvents.ID, deadlineId);
    }

    private TestExecutor<Case> graceScheduled(TestExecutor<Case> given, CaseId caseId, String deadlineId)
            throws Exception {
        Field field = AggregateTestFixture.class.getDeclaredField("deadlineManager");
        field.setAccessible(true);
        ((StubDeadlineManager) field.get(fixture)).schedule(SUPERVISE_AT, SupervisionDue.DEADLINE_NAME,
                new SupervisionDue(deadlineId, false),
                new AggregateScopeDescriptor(Case.class.getSimpleName(), caseId.value()));
        return given;
    }

    @Nested
    class AfterAMissedLimit {

        @Test
        void a_missed_limit_urges_the_receiving_office_and_leaves_the_case_where_it_is() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive())
                    .whenTimeAdvancesTo(acceptance().dueAt())
                    .expectEvents(petition.deadlineReminded(acceptance()), petition.deadlineMissed(acceptance()),
                            urged());
        }

        @Test
        void still_undecided_two_working_days_later_the_level_above_orders_supervision_with_five_days_for_feedback() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive())
                    .whenTimeAdvancesTo(SUPERVISE_AT)
                    .expectEvents(petition.deadlineReminded(acceptance()), petition.deadlineMissed(acceptance()),
                            urged(), ordered());
        }

        @Test
        void an_order_without_feedback_by_its_due_time_is_overdue_once() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive())
                    .whenTimeAdvancesTo(Instant.parse("2026-09-30T00:00:00Z"))
                    .expectEvents(petition.deadlineReminded(acceptance()), petition.deadlineMissed(acceptance()),
                            urged(), ordered(), new SupervisionFeedbackOverdue(PetitionEvents.ID, "ORDER-1", null,
                                    FEEDBACK_DUE, FEEDBACK_DUE, Actor.SYSTEM));
        }

        @Test
        void the_unit_the_case_is_assigned_to_is_urged_and_the_level_above_it_orders() {
            // handling: 60 days from 1 July end on Sun 30 Aug, rolled to 24:00 Mon 31 Aug; grace to Wed 2 Sep;
            // feedback by 24:00 Wed 9 Sep (3, 4, 7, 8, 9 September)
            DeadlineSet handling = petition.deadlineSet(TimeLimit.HANDLING, 2, NOW, 60, OFFICER);
            Instant superviseAt = Instant.parse("2026-09-02T16:00:00Z");
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(),
                            petition.serveNotice(NoticeType.ACCEPTANCE), petition.assign(TASK_FORCE))
                    .whenTimeAdvancesTo(superviseAt)
                    .expectEvents(petition.deadlineReminded(handling), petition.deadlineMissed(handling),
                            new UrgingIssued(PetitionEvents.ID, "URGING-1", "HANDLING-2", TimeLimit.HANDLING,
                                    TASK_FORCE, null, superviseAt, handling.dueAt(), Actor.SYSTEM),
                            new SupervisionOrdered(PetitionEvents.ID, "ORDER-1", "HANDLING-2", TimeLimit.HANDLING,
                                    TASK_FORCE, Level.DISTRICT, false, null, Instant.parse("2026-09-09T16:00:00Z"),
                                    false, superviseAt, Actor.SYSTEM));
        }

        @Test
        void a_dispute_mediated_to_an_agreement_within_the_grace_gets_no_order() throws Exception {
            DeadlineSet handling = dispute.handlingLimit();
            UrgingIssued urging = new UrgingIssued(DisputeEvents.ID, "URGING-1", handling.deadlineId(),
                    TimeLimit.HANDLING, null, null, SUPERVISE_AT, handling.dueAt(), Actor.SYSTEM);
            graceScheduled(fixture.givenCurrentTime(NOW).andGiven(history(dispute.mediated(), handling,
                    dispute.deadlineMissed(handling), urging, dispute.agreement())), DisputeEvents.ID,
                    handling.deadlineId())
                    .whenTimeAdvancesTo(SUPERVISE_AT)
                    .expectNoEvents();
        }

        @Test
        void a_petition_decided_and_served_within_the_grace_gets_no_order() throws Exception {
            graceScheduled(fixture.givenCurrentTime(NOW).andGiven(history(urgedHistory(), petition.accepted(),
                    petition.noticeServed(NoticeType.ACCEPTANCE))), "ACCEPTANCE-1")
                    .whenTimeAdvancesTo(SUPERVISE_AT)
                    .expectNoEvents();
        }

        @Test
        void a_petition_decided_but_not_served_within_the_grace_is_ordered() throws Exception {
            // the acceptance limit is met by the decision served on the petitioner, not by the decision alone
            graceScheduled(fixture.givenCurrentTime(NOW).andGiven(history(urgedHistory(), petition.accepted())),
                    "ACCEPTANCE-1")
                    .whenTimeAdvancesTo(SUPERVISE_AT)
                    .expectEvents(ordered());
        }

        @Test
        void an_undecided_petition_is_ordered_when_the_grace_ends() throws Exception {
            graceScheduled(fixture.givenCurrentTime(NOW).andGiven(urgedHistory()), "ACCEPTANCE-1")
                    .whenTimeAdvancesTo(SUPERVISE_AT)
                    .expectEvents(ordered());
        }

        @Test
        void the_grace_orders_once() throws Exception {
            graceScheduled(fixture.givenCurrentTime(NOW).andGiven(history(urgedHistory(), ordered())),
                    "ACCEPTANCE-1")
                    .whenTimeAdvancesTo(SUPERVISE_AT)
                    .expectNoEvents();
        }

        @Test
        void a_case_closed_within_the_grace_is_not_supervised() throws Exception {
            graceScheduled(fixture.givenCurrentTime(NOW).andGiven(history(urgedHistory(),
                    petition.notAccepted("not a petition matter"),
                    petition.closed(Outcome.NOT_ACCEPTED, null, Level.GRID))), "ACCEPTANCE-1")
                    .whenTimeAdvancesTo(SUPERVISE_AT)
                    .expectNoEvents();
        }
    }

    @Nested
    class UrgingByHand {

        @Test
        void a_supervisor_urges_the_unit_the_case_is_assigned_to_in_words() {
            fixture.given(assignedToGuoyuan())
                    .when(new UrgeCase(PetitionEvents.ID, CaseKind.PETITION, URGE, NOW, SUPERVISOR))
                    .expectEvents(new UrgingIssued(PetitionEvents.ID, "URGING-1", null, null, GUOYUAN_MEDIATION,
                            URGE, null, NOW, SUPERVISOR));
        }

        @Test
        void urgings_are_numbered_on_after_the_automatic_ones() {
            fixture.given(urgedHistory())
                    .when(new UrgeCase(PetitionEvents.ID, CaseKind.PETITION, URGE, NOW, SUPERVISOR))
                    .expectEvents(new UrgingIssued(PetitionEvents.ID, "URGING-2", null, null, null, URGE, null, NOW,
                            SUPERVISOR));
        }

        @Test
        void rejects_an_urging_without_words() {
            fixture.given(assignedToGuoyuan())
                    .when(new UrgeCase(PetitionEvents.ID, CaseKind.PETITION, " ", NOW, SUPERVISOR))
                    .expectException(violates(CaseRule.TEXT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_urging_a_closed_case() {
            fixture.given(petition.closed())
                    .when(new UrgeCase(PetitionEvents.ID, CaseKind.PETITION, URGE, NOW, SUPERVISOR))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class ListedSupervision {

        @Test
        void the_level_above_lists_the_case_with_five_working_days_for_the_feedback() {
            // ordered on Wed 1 July: 2, 3, 6, 7, 8 July
            fixture.given(assignedToGuoyuan())
                    .when(order(null))
                    .expectEvents(listed(Instant.parse("2026-07-08T16:00:00Z")));
        }

        @Test
        void the_supervisor_may_set_the_feedback_time() {
            Instant friday = Instant.parse("2026-07-03T10:00:00Z");
            fixture.given(assignedToGuoyuan())
                    .when(order(friday))
                    .expectEvents(listed(friday));
        }

        @Test
        void rejects_a_feedback_time_not_after_the_order() {
            fixture.given(assignedToGuoyuan())
                    .when(order(NOW))
                    .expectException(violates(CaseRule.FEEDBACK_BY_NOT_AHEAD))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_order_without_words() {
            fixture.given(assignedToGuoyuan())
                    .when(new OrderSupervision(PetitionEvents.ID, CaseKind.PETITION, null, null, NOW, SUPERVISOR))
                    .expectException(violates(CaseRule.TEXT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_second_listing_waits_for_the_feedback_on_the_first() {
            fixture.given(history(assignedToGuoyuan(), listed(FEEDBACK_DUE)))
                    .when(order(null))
                    .expectException(violates(CaseRule.SUPERVISION_ALREADY_LISTED))
                    .expectNoEvents();
        }

        @Test
        void after_the_feedback_the_case_may_be_listed_again() {
            fixture.given(history(assignedToGuoyuan(), listed(FEEDBACK_DUE), new SupervisionFeedbackGiven(
                    PetitionEvents.ID, "ORDER-1", GUOYUAN_MEDIATION, FEEDBACK, false, NOW, OFFICER)))
                    .when(order(FEEDBACK_DUE))
                    .expectEvents(new SupervisionOrdered(PetitionEvents.ID, "ORDER-2", null, null, GUOYUAN_MEDIATION,
                            Level.SUB_DISTRICT, true, LISTED, FEEDBACK_DUE, false, NOW, SUPERVISOR));
        }

        @Test
        void a_listed_order_without_feedback_is_overdue_at_its_due_time() {
            Instant due = Instant.parse("2026-07-08T16:00:00Z");
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(), petition.assign(GUOYUAN_MEDIATION),
                            order(null))
                    .whenTimeAdvancesTo(due)
                    .expectEvents(new SupervisionFeedbackOverdue(PetitionEvents.ID, "ORDER-1", GUOYUAN_MEDIATION,
                            due, due, Actor.SYSTEM));
        }
    }

    @Nested
    class Feedback {

        @Test
        void the_unit_answers_the_order_in_writing() {
            fixture.given(history(assignedToGuoyuan(), listed(FEEDBACK_DUE)))
                    .when(feedback("ORDER-1", FEEDBACK))
                    .expectEvents(new SupervisionFeedbackGiven(PetitionEvents.ID, "ORDER-1", GUOYUAN_MEDIATION,
                            FEEDBACK, false, NOW, OFFICER));
        }

        @Test
        void feedback_after_the_due_time_is_late() {
            Instant yesterday = NOW.minusSeconds(86_400);
            fixture.given(history(urgedHistory(), new SupervisionOrdered(PetitionEvents.ID, "ORDER-1",
                    "ACCEPTANCE-1", TimeLimit.ACCEPTANCE, null, Level.COMMUNITY, false, null, yesterday, false,
                    yesterday.minusSeconds(86_400 * 5), Actor.SYSTEM)))
                    .when(feedback("ORDER-1", FEEDBACK))
                    .expectEvents(new SupervisionFeedbackGiven(PetitionEvents.ID, "ORDER-1", null, FEEDBACK, true,
                            NOW, OFFICER));
        }

        @Test
        void feedback_in_time_stops_the_order_from_falling_overdue() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(petition.receive(), petition.accept(), petition.assign(GUOYUAN_MEDIATION),
                            order(null), feedback("ORDER-1", FEEDBACK))
                    .whenTimeAdvancesTo(Instant.parse("2026-07-08T16:00:00Z"))
                    .expectNoEvents();
        }

        @Test
        void rejects_feedback_on_an_order_the_case_does_not_have() {
            fixture.given(history(assignedToGuoyuan(), listed(FEEDBACK_DUE)))
                    .when(feedback("ORDER-2", FEEDBACK))
                    .expectException(violates(CaseRule.UNKNOWN_SUPERVISION_ORDER))
                    .expectNoEvents();
        }

        @Test
        void rejects_feedback_twice() {
            fixture.given(history(assignedToGuoyuan(), listed(FEEDBACK_DUE), new SupervisionFeedbackGiven(
                    PetitionEvents.ID, "ORDER-1", GUOYUAN_MEDIATION, FEEDBACK, false, NOW, OFFICER)))
                    .when(feedback("ORDER-1", FEEDBACK))
                    .expectException(violates(CaseRule.FEEDBACK_ALREADY_GIVEN))
                    .expectNoEvents();
        }

        @Test
        void rejects_feedback_without_words() {
            fixture.given(history(assignedToGuoyuan(), listed(FEEDBACK_DUE)))
                    .when(feedback("ORDER-1", ""))
                    .expectException(violates(CaseRule.TEXT_REQUIRED))
                    .expectNoEvents();
        }
    }
}
