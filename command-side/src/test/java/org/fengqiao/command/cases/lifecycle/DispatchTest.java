package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.ContributionReported;
import org.fengqiao.cases.dispatch.ContributionWaived;
import org.fengqiao.cases.dispatch.DecideDispatchReturn;
import org.fengqiao.cases.dispatch.DispatchCase;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchReturnRequested;
import org.fengqiao.cases.dispatch.DispatchSignOverdue;
import org.fengqiao.cases.dispatch.DispatchSigned;
import org.fengqiao.cases.dispatch.ReportContribution;
import org.fengqiao.cases.dispatch.RequestDispatchReturn;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispatch.ReturnReason;
import org.fengqiao.cases.dispatch.SignForDispatch;
import org.fengqiao.cases.dispatch.WaiveContribution;
import org.fengqiao.cases.lifecycle.AssignmentObjected;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ObjectToAssignment;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.dispute.DisputeEvents;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Dispatch (分流交办) with sign-for (签收), return (退回) and the dispatcher's decision, and co-handling units' reports
 * before closure (issue 15, part 1).
 */
class DispatchTest {

    private static final CaseKind KIND = CaseKind.DISPUTE;
    private static final Actor DISPATCHER = new Actor("supervisor.wang");
    private static final UnitCode ENFORCE = new UnitCode("SHQ-ENFORCE");
    private static final UnitCode POLICE = new UnitCode("SHQ-POLICE-SH");
    private static final String INSTRUCTIONS = "Stop the leak within three days; police to keep the peace.";
    private static final String TEXT = "The building is in the housing bureau's charge.";
    /** One working day after Wednesday 1 July 2026: 24:00 of Thursday 2 July in Asia/Shanghai. */
    private static final Instant SIGN_BY = Instant.parse("2026-07-02T16:00:00Z");

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();
    private final org.fengqiao.cases.value.CaseId id = DisputeEvents.ID;

    private DispatchCase dispatch(UnitCode lead, List<UnitCode> coUnits, Instant signBy) {
        return new DispatchCase(id, KIND, lead, coUnits, INSTRUCTIONS, signBy, NOW, DISPATCHER);
    }

    private CaseDispatched dispatched() {
        return new CaseDispatched(id, ENFORCE, List.of(POLICE), INSTRUCTIONS, SIGN_BY, false, NOW, DISPATCHER);
    }

    private List<Object> dispatchedCase(Object... more) {
        return history(history(dispute.open(), dispatched()), more);
    }

    private DispatchSigned signed(UnitCode unit) {
        return new DispatchSigned(id, unit, NOW, OFFICER);
    }

    private CaseAssigned leadAssigned() {
        return new CaseAssigned(id, ENFORCE, Level.DISTRICT, null, null, NOW, OFFICER);
    }

    private DispatchReturnRequested returnRequested(UnitCode unit) {
        return new DispatchReturnRequested(id, unit, ReturnReason.NOT_OUR_DUTY, TEXT, NOW, OFFICER);
    }

    private DecideDispatchReturn decide(UnitCode unit, ReturnDecision decision) {
        return new DecideDispatchReturn(id, KIND, unit, decision, "decided", NOW, DISPATCHER);
    }

    @Nested
    class Dispatching {

        @Test
        void sends_the_case_to_a_lead_unit_and_co_units_to_sign_within_one_working_day() {
            org.assertj.core.api.Assertions.assertThat(CaseFixtures.POLICY.signForWindow(NOW).dueAt()).isEqualTo(SIGN_BY);
            fixture.given(dispute.open())
                    .when(dispatch(ENFORCE, List.of(POLICE), null))
                    .expectEvents(dispatched());
        }

        @Test
        void the_dispatcher_may_give_the_time_to_sign_by() {
            Instant signBy = NOW.plus(Duration.ofHours(4));
            fixture.given(dispute.open())
                    .when(dispatch(ENFORCE, List.of(), signBy))
                    .expectEvents(new CaseDispatched(id, ENFORCE, List.of(), INSTRUCTIONS, signBy, false, NOW,
                            DISPATCHER));
        }

        @Test
        void a_time_to_sign_by_that_is_not_ahead_is_refused() {
            fixture.given(dispute.open())
                    .when(dispatch(ENFORCE, List.of(), NOW))
                    .expectNoEvents().expectException(violates(CaseRule.SIGN_BY_NOT_AHEAD));
        }

        @Test
        void an_unknown_or_missing_lead_unit_is_refused() {
            fixture.given(dispute.open())
                    .when(dispatch(new UnitCode("SHQ-NOWHERE"), List.of(), null))
                    .expectNoEvents().expectException(violates(CaseRule.LEAD_UNIT_REQUIRED));
            CaseFixtures.fixture().given(dispute.open())
                    .when(dispatch(null, List.of(), null))
                    .expectNoEvents().expectException(violates(CaseRule.LEAD_UNIT_REQUIRED));
        }

        @Test
        void co_units_are_known_distinct_and_not_the_lead() {
            fixture.given(dispute.open())
                    .when(dispatch(ENFORCE, List.of(ENFORCE), null))
                    .expectNoEvents().expectException(violates(CaseRule.CO_UNITS_INVALID));
            CaseFixtures.fixture().given(dispute.open())
                    .when(dispatch(ENFORCE, List.of(POLICE, POLICE), null))
                    .expectNoEvents().expectException(violates(CaseRule.CO_UNITS_INVALID));
            CaseFixtures.fixture().given(dispute.open())
                    .when(dispatch(ENFORCE, List.of(new UnitCode("SHQ-NOWHERE")), null))
                    .expectNoEvents().expectException(violates(CaseRule.CO_UNITS_INVALID));
        }

        @Test
        void instructions_are_required() {
            fixture.given(dispute.open())
                    .when(new DispatchCase(id, KIND, ENFORCE, List.of(), "  ", null, NOW, DISPATCHER))
                    .expectNoEvents().expectException(violates(CaseRule.INSTRUCTIONS_REQUIRED));
        }

        @Test
        void a_dispatched_case_is_not_dispatched_again_until_handed_back() {
            fixture.given(dispatchedCase())
                    .when(dispatch(POLICE, List.of(), null))
                    .expectNoEvents().expectException(violates(CaseRule.ALREADY_DISPATCHED));
        }

        @Test
        void a_petition_is_accepted_before_it_is_dispatched() {
            PetitionEvents petition = new PetitionEvents();
            fixture.given(petition.received())
                    .when(new DispatchCase(PetitionEvents.ID, CaseKind.PETITION, ENFORCE, List.of(), INSTRUCTIONS,
                            null, NOW, DISPATCHER))
                    .expectNoEvents().expectException(violates(CaseRule.ACCEPTANCE_PENDING));
        }
    }

    @Nested
    class SignBy {

        private DispatchSignOverdue overdue(UnitCode... units) {
            return new DispatchSignOverdue(id, List.of(units), SIGN_BY, SIGN_BY, Actor.SYSTEM);
        }

        @Test
        void the_time_to_sign_by_is_a_deadline_of_the_dispatch() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive())
                    .when(dispatch(ENFORCE, List.of(POLICE), null))
                    .expectScheduledDeadline(SIGN_BY, new SignForDue(1));
        }

        @Test
        void units_that_have_not_answered_by_then_are_marked_unsigned_overdue_and_the_case_is_not_escalated() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive(), dispatch(ENFORCE, List.of(POLICE), null),
                            new SignForDispatch(id, KIND, POLICE, NOW, OFFICER))
                    .whenTimeAdvancesTo(SIGN_BY)
                    .expectEvents(overdue(ENFORCE));
        }

        @Test
        void a_unit_asking_to_return_the_case_has_answered() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive(), dispatch(ENFORCE, List.of(POLICE), null),
                            new RequestDispatchReturn(id, KIND, ENFORCE, ReturnReason.NOT_OUR_AREA, TEXT, NOW,
                                    OFFICER))
                    .whenTimeAdvancesTo(SIGN_BY)
                    .expectEvents(overdue(POLICE));
        }

        @Test
        void nothing_when_every_unit_answered_in_time() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive(), dispatch(ENFORCE, List.of(POLICE), null),
                            new SignForDispatch(id, KIND, ENFORCE, NOW, OFFICER),
                            new SignForDispatch(id, KIND, POLICE, NOW, OFFICER))
                    .whenTimeAdvancesTo(SIGN_BY)
                    .expectNoEvents();
        }

        @Test
        void the_deadline_of_a_dispatch_handed_back_does_nothing_the_new_dispatch_has_its_own() {
            Instant later = NOW.plus(Duration.ofHours(2));
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(dispute.receive(), dispatch(ENFORCE, List.of(), null),
                            new RequestDispatchReturn(id, KIND, ENFORCE, ReturnReason.NOT_OUR_AREA, TEXT, NOW,
                                    OFFICER),
                            decide(ENFORCE, ReturnDecision.APPROVE), dispatch(POLICE, List.of(), later))
                    .whenTimeAdvancesTo(SIGN_BY)
                    .expectEvents(new DispatchSignOverdue(id, List.of(POLICE), later, later, Actor.SYSTEM));
        }
    }

    @Nested
    class SignFor {

        @Test
        void the_lead_units_signature_assigns_the_case_to_it() {
            fixture.given(dispatchedCase())
                    .when(new SignForDispatch(id, KIND, ENFORCE, NOW, OFFICER))
                    .expectEvents(signed(ENFORCE), leadAssigned());
        }

        @Test
        void a_case_assigned_elsewhere_is_reassigned_to_the_lead_unit() {
            fixture.given(history(history(dispute.assigned(), dispatched())))
                    .when(new SignForDispatch(id, KIND, ENFORCE, NOW, OFFICER))
                    .expectEvents(signed(ENFORCE), new CaseReassigned(id, TASK_FORCE, ENFORCE, Level.DISTRICT, null,
                            null, NOW, OFFICER));
        }

        @Test
        void a_co_units_signature_leaves_the_assignment_alone() {
            fixture.given(dispatchedCase())
                    .when(new SignForDispatch(id, KIND, POLICE, NOW, OFFICER))
                    .expectEvents(signed(POLICE));
        }

        @Test
        void an_officer_of_the_unit_signs_even_if_the_case_is_assigned_to_another_unit() {
            fixture.given(history(history(dispute.assigned(), dispatched())))
                    .when(new SignForDispatch(id, KIND, POLICE, NOW, OFFICER),
                            MetaData.from(CallerScope.metaData(null, List.of(POLICE.value()), null)))
                    .expectEvents(signed(POLICE));
        }

        @Test
        void an_officer_signs_only_for_a_unit_they_act_for() {
            fixture.given(dispatchedCase())
                    .when(new SignForDispatch(id, KIND, POLICE, NOW, OFFICER),
                            MetaData.from(CallerScope.metaData(null, List.of(ENFORCE.value()), null)))
                    .expectNoEvents().expectException(violates(CaseRule.NOT_YOUR_UNIT));
        }

        @Test
        void a_unit_not_named_or_a_case_not_dispatched_is_refused() {
            fixture.given(dispatchedCase())
                    .when(new SignForDispatch(id, KIND, TASK_FORCE, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.NOT_A_DISPATCHED_UNIT));
            CaseFixtures.fixture().given(dispute.open())
                    .when(new SignForDispatch(id, KIND, ENFORCE, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.NOT_DISPATCHED));
        }

        @Test
        void a_unit_signs_once() {
            fixture.given(dispatchedCase(signed(POLICE)))
                    .when(new SignForDispatch(id, KIND, POLICE, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.DISPATCH_ALREADY_ANSWERED));
        }
    }

    @Nested
    class Return {

        @Test
        void a_unit_asks_to_return_the_case_with_a_reason_code_and_text() {
            fixture.given(dispatchedCase())
                    .when(new RequestDispatchReturn(id, KIND, ENFORCE, ReturnReason.NOT_OUR_DUTY, TEXT, NOW, OFFICER))
                    .expectEvents(returnRequested(ENFORCE));
        }

        @Test
        void a_return_needs_its_reason_code_and_text() {
            fixture.given(dispatchedCase())
                    .when(new RequestDispatchReturn(id, KIND, ENFORCE, null, TEXT, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.RETURN_REASON_REQUIRED));
            CaseFixtures.fixture().given(dispatchedCase())
                    .when(new RequestDispatchReturn(id, KIND, ENFORCE, ReturnReason.OTHER, null, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.TEXT_REQUIRED));
        }

        @Test
        void a_unit_that_signed_does_not_return_the_case() {
            fixture.given(dispatchedCase(signed(ENFORCE), leadAssigned()))
                    .when(new RequestDispatchReturn(id, KIND, ENFORCE, ReturnReason.NOT_OUR_AREA, TEXT, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.DISPATCH_ALREADY_ANSWERED));
        }

        @Test
        void an_approved_return_of_the_lead_unit_hands_the_case_back_to_be_dispatched_again() {
            fixture.given(dispatchedCase(returnRequested(ENFORCE)))
                    .when(decide(ENFORCE, ReturnDecision.APPROVE))
                    .expectEvents(new DispatchReturnDecided(id, ENFORCE, ReturnDecision.APPROVE, "decided", NOW,
                            DISPATCHER));
            CaseFixtures.fixture().given(dispatchedCase(returnRequested(ENFORCE),
                            new DispatchReturnDecided(id, ENFORCE, ReturnDecision.APPROVE, "decided", NOW, DISPATCHER)))
                    .when(dispatch(POLICE, List.of(), null))
                    .expectEvents(new CaseDispatched(id, POLICE, List.of(), INSTRUCTIONS, SIGN_BY, false, NOW,
                            DISPATCHER));
        }

        @Test
        void a_refused_return_binds_the_lead_unit_which_gets_the_case() {
            fixture.given(dispatchedCase(returnRequested(ENFORCE)))
                    .when(decide(ENFORCE, ReturnDecision.REFUSE))
                    .expectEvents(new DispatchReturnDecided(id, ENFORCE, ReturnDecision.REFUSE, "decided", NOW,
                            DISPATCHER), new CaseAssigned(id, ENFORCE, Level.DISTRICT, null, null, NOW, DISPATCHER));
        }

        @Test
        void an_approved_return_of_a_co_unit_takes_it_off_the_case() {
            fixture.given(dispatchedCase(returnRequested(POLICE),
                            new DispatchReturnDecided(id, POLICE, ReturnDecision.APPROVE, null, NOW, DISPATCHER)))
                    .when(new SignForDispatch(id, KIND, POLICE, NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.NOT_A_DISPATCHED_UNIT));
        }

        @Test
        void a_decision_needs_a_return_requested_and_a_decision() {
            fixture.given(dispatchedCase())
                    .when(decide(ENFORCE, ReturnDecision.APPROVE))
                    .expectNoEvents().expectException(violates(CaseRule.NO_RETURN_REQUESTED));
            CaseFixtures.fixture().given(dispatchedCase(returnRequested(ENFORCE)))
                    .when(decide(ENFORCE, null))
                    .expectNoEvents().expectException(violates(CaseRule.DECISION_REQUIRED));
        }
    }

    @Nested
    class Contributions {

        private List<Object> handled(Object... more) {
            return history(dispatchedCase(signed(ENFORCE), leadAssigned(), signed(POLICE)), more);
        }

        @Test
        void a_signed_co_unit_reports_its_part() {
            fixture.given(handled())
                    .when(new ReportContribution(id, KIND, POLICE, "Patrol visited twice.", NOW, OFFICER))
                    .expectEvents(new ContributionReported(id, POLICE, "Patrol visited twice.", NOW, OFFICER));
        }

        @Test
        void only_a_signed_co_unit_reports_and_only_once() {
            fixture.given(dispatchedCase(signed(ENFORCE), leadAssigned()))
                    .when(new ReportContribution(id, KIND, POLICE, "x", NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.NOT_SIGNED));
            CaseFixtures.fixture().given(handled())
                    .when(new ReportContribution(id, KIND, ENFORCE, "x", NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.NOT_A_CO_UNIT));
            CaseFixtures.fixture().given(handled(new ContributionReported(id, POLICE, "x", NOW, OFFICER)))
                    .when(new ReportContribution(id, KIND, POLICE, "y", NOW, OFFICER))
                    .expectNoEvents().expectException(violates(CaseRule.CONTRIBUTION_ALREADY_SETTLED));
        }

        @Test
        void the_lead_unit_cannot_close_while_a_co_unit_has_not_reported() {
            fixture.given(handled())
                    .when(dispute.close(Outcome.WITHDRAWN))
                    .expectNoEvents().expectException(violates(CaseRule.CONTRIBUTIONS_OUTSTANDING));
        }

        @Test
        void the_case_closes_once_every_co_unit_reported_or_was_waived() {
            List<Object> closure = List.of(new CaseClosed(id, Outcome.WITHDRAWN, null, null, null, Level.DISTRICT,
                    NOW, OFFICER));
            fixture.given(handled(new ContributionReported(id, POLICE, "x", NOW, OFFICER)))
                    .when(dispute.close(Outcome.WITHDRAWN))
                    .expectEvents(closure.toArray());
            CaseFixtures.fixture().given(handled(new ContributionWaived(id, POLICE, "no longer needed", NOW,
                            DISPATCHER)))
                    .when(dispute.close(Outcome.WITHDRAWN))
                    .expectEvents(closure.toArray());
        }

        @Test
        void the_dispatcher_waives_a_co_units_report_with_a_reason() {
            fixture.given(handled())
                    .when(new WaiveContribution(id, KIND, POLICE, "no longer needed", NOW, DISPATCHER))
                    .expectEvents(new ContributionWaived(id, POLICE, "no longer needed", NOW, DISPATCHER));
            CaseFixtures.fixture().given(handled())
                    .when(new WaiveContribution(id, KIND, POLICE, null, NOW, DISPATCHER))
                    .expectNoEvents().expectException(violates(CaseRule.REASON_REQUIRED));
        }
    }

    /** The objection (条例 Art. 23(3)): a return request of the assigned unit within 5 working days. */
    @Nested
    class Objection {

        /** Wednesday 1 July: the fifth working day after is Wednesday 8 July. */
        private final LocalDate lastDay = LocalDate.of(2026, 7, 8);

        private AssignmentObjected objected(UnitCode unit) {
            return new AssignmentObjected(id, unit, TEXT, lastDay, NOW, OFFICER);
        }

        private DispatchReturnDecided decided(UnitCode unit, ReturnDecision decision) {
            return new DispatchReturnDecided(id, unit, decision, "decided", NOW, DISPATCHER);
        }

        @Test
        void an_approved_objection_hands_the_case_back_to_be_assigned_or_dispatched_again() {
            fixture.given(history(dispute.assigned(), objected(TASK_FORCE)))
                    .when(decide(TASK_FORCE, ReturnDecision.APPROVE))
                    .expectEvents(decided(TASK_FORCE, ReturnDecision.APPROVE));
            List<Object> handedBack = history(dispute.assigned(), objected(TASK_FORCE),
                    decided(TASK_FORCE, ReturnDecision.APPROVE));
            CaseFixtures.fixture().given(handedBack)
                    .when(dispute.meeting(MeetingType.MEDIATION_SESSION))
                    .expectNoEvents().expectException(violates(CaseRule.NOT_ASSIGNED));
            CaseFixtures.fixture().given(handedBack)
                    .when(dispatch(ENFORCE, List.of(), null))
                    .expectEvents(new CaseDispatched(id, ENFORCE, List.of(), INSTRUCTIONS, SIGN_BY, false, NOW,
                            DISPATCHER));
            CaseFixtures.fixture().given(handedBack)
                    .when(dispute.assign(ENFORCE))
                    .expectEvents(dispute.assignedTo(ENFORCE, Level.DISTRICT));
        }

        @Test
        void a_refused_objection_leaves_the_case_with_the_unit() {
            fixture.given(history(dispute.assigned(), objected(TASK_FORCE)))
                    .when(decide(TASK_FORCE, ReturnDecision.REFUSE))
                    .expectEvents(decided(TASK_FORCE, ReturnDecision.REFUSE));
            CaseFixtures.fixture().given(history(dispute.assigned(), objected(TASK_FORCE),
                            decided(TASK_FORCE, ReturnDecision.REFUSE)))
                    .when(dispute.meeting(MeetingType.MEDIATION_SESSION))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_lead_unit_that_signed_objects_within_5_working_days_and_an_approval_hands_the_case_back() {
            List<Object> signedFor = dispatchedCase(signed(ENFORCE), leadAssigned());
            fixture.given(signedFor)
                    .when(new ObjectToAssignment(id, KIND, ENFORCE, TEXT, NOW, OFFICER))
                    .expectEvents(objected(ENFORCE));
            CaseFixtures.fixture().given(history(signedFor, objected(ENFORCE)))
                    .when(decide(ENFORCE, ReturnDecision.APPROVE))
                    .expectEvents(decided(ENFORCE, ReturnDecision.APPROVE));
            CaseFixtures.fixture().given(history(signedFor, objected(ENFORCE), decided(ENFORCE,
                            ReturnDecision.APPROVE)))
                    .when(dispatch(POLICE, List.of(), null))
                    .expectEvents(new CaseDispatched(id, POLICE, List.of(), INSTRUCTIONS, SIGN_BY, false, NOW,
                            DISPATCHER));
        }

        @Test
        void an_objection_waits_for_its_decision_before_the_case_is_dispatched() {
            fixture.given(history(dispute.assigned(), objected(TASK_FORCE)))
                    .when(dispatch(ENFORCE, List.of(), null))
                    .expectNoEvents().expectException(violates(CaseRule.ALREADY_DISPATCHED));
        }
    }
}
