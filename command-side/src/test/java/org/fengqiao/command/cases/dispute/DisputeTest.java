package org.fengqiao.command.cases.dispute;

import static org.fengqiao.command.cases.CaseEvents.GUOYUAN_MEDIATION;
import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;
import static org.fengqiao.command.cases.dispute.DisputeEvents.APPLICANT;
import static org.fengqiao.command.cases.dispute.DisputeEvents.MEDIATOR;
import static org.fengqiao.command.cases.dispute.DisputeEvents.REFUSAL_REASON;
import static org.fengqiao.command.cases.dispute.DisputeEvents.RESPONDENT;

import java.time.Duration;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.CaseEvents;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.lifecycle.Case;
import org.fengqiao.command.cases.petition.PetitionEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of a dispute's own commands and of the shared ones where a dispute differs: voluntary mediation, an
 * agreement signed by everyone after a mediation session, and resolution only by agreement. The shared lifecycle is
 * in {@code CaseLifecycleTest}.
 */
class DisputeTest {

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();

    @Nested
    class ReceiveDispute {

        @Test
        void registers_the_dispute_with_its_case_number_and_jurisdiction_path() {
            DisputeEvents first = new DisputeEvents(DisputeEvents.ID, new CaseNumber("SH-2026-000001"));
            fixture.givenNoPriorActivity()
                    .when(first.intake().mediation(MediationVisibility.PUBLIC).command())
                    .expectEvents(first.received(MediationVisibility.PUBLIC), first.handlingLimit())
                    .expectResultMessagePayload(first.version(2));
        }

        @Test
        void mediation_defaults_to_non_public() {
            DisputeEvents first = new DisputeEvents(DisputeEvents.ID, new CaseNumber("SH-2026-000001"));
            fixture.givenNoPriorActivity()
                    .when(first.intake().mediation(null).command())
                    .expectEvents(first.received(MediationVisibility.NON_PUBLIC), first.handlingLimit())
                    .expectResultMessagePayload(first.version(2));
        }

        @Test
        void takes_the_next_number_of_its_sub_district_after_a_petition() {
            PetitionEvents petition = new PetitionEvents();
            DisputeEvents second = new DisputeEvents(DisputeEvents.ID, new CaseNumber("SH-2026-000002"));
            CaseFixtures.CountingCaseNumbers numbers = new CaseFixtures.CountingCaseNumbers();
            CaseFixtures.fixture(numbers).givenNoPriorActivity()
                    .when(petition.receive())
                    .expectResultMessagePayload(petition.version(2));
            CaseFixtures.fixture(numbers).givenNoPriorActivity()
                    .when(second.receive())
                    .expectEvents(second.received(), second.handlingLimit())
                    .expectResultMessagePayload(second.version(2));
        }

        @Test
        void requires_two_parties_each_with_a_name_and_a_role() {
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().parties(APPLICANT).command())
                    .expectException(violates(CaseRule.TWO_PARTIES_REQUIRED))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().parties(APPLICANT, new Party(" ", null, PartyRole.RESPONDENT)).command())
                    .expectException(violates(CaseRule.TWO_PARTIES_REQUIRED))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().parties(APPLICANT, new Party("李四", null, null)).command())
                    .expectException(violates(CaseRule.TWO_PARTIES_REQUIRED))
                    .expectNoEvents();
            // the same person twice is one party
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().parties(APPLICANT, new Party("张三", null, PartyRole.RESPONDENT)).command())
                    .expectException(violates(CaseRule.TWO_PARTIES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_source() {
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().source(null).command())
                    .expectException(violates(CaseRule.SOURCE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_category() {
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().category(null).command())
                    .expectException(violates(CaseRule.CATEGORY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_subject() {
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().subject(null).command())
                    .expectException(violates(CaseRule.SUBJECT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_grid() {
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().grid(null).command())
                    .expectException(violates(CaseRule.GRID_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_unknown_grid() {
            // a community is a node of the tree but not a grid
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().grid(new NodeCode("SH-GY")).command())
                    .expectException(violates(CaseRule.UNKNOWN_GRID))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_receipt_in_the_future() {
            fixture.givenNoPriorActivity()
                    .when(dispute.intake().receivedAt(NOW.plus(Duration.ofHours(1))).command())
                    .expectException(violates(CaseRule.RECEIVED_IN_FUTURE))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordRefusal {

        @Test
        void records_that_a_party_refuses_mediation() {
            fixture.given(dispute.open())
                    .when(dispute.refuse(RESPONDENT.name(), REFUSAL_REASON))
                    .expectEvents(dispute.refused(RESPONDENT.name()))
                    .expectResultMessagePayload(dispute.version(2));
        }

        @Test
        void a_petition_only_command_finds_no_dispute() {
            fixture.given(dispute.open())
                    .when(new org.fengqiao.cases.petition.DecideAcceptance(dispute.caseId(), true, null, CaseFixtures.NOW, CaseEvents.OFFICER))
                    .expectException(violates(CaseRule.CASE_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void names_a_party_of_the_dispute() {
            fixture.given(dispute.open())
                    .when(dispute.refuse("王五", REFUSAL_REASON))
                    .expectException(violates(CaseRule.UNKNOWN_PARTY))
                    .expectNoEvents();
            fixture.given(dispute.open())
                    .when(dispute.refuse(null, REFUSAL_REASON))
                    .expectException(violates(CaseRule.UNKNOWN_PARTY))
                    .expectNoEvents();
        }

        @Test
        void requires_a_reason() {
            fixture.given(dispute.open())
                    .when(dispute.refuse(RESPONDENT.name(), " "))
                    .expectException(violates(CaseRule.REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_refusal_after_the_agreement() {
            fixture.given(history(dispute.mediated(), dispute.agreement()))
                    .when(dispute.refuse(RESPONDENT.name(), REFUSAL_REASON))
                    .expectException(violates(CaseRule.AGREEMENT_ALREADY_REACHED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_refusal_on_a_closed_dispute() {
            fixture.given(dispute.closed())
                    .when(dispute.refuse(RESPONDENT.name(), REFUSAL_REASON))
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordMeeting {

        @Test
        void rejects_a_mediation_session_after_a_refusal() {
            fixture.given(history(dispute.assigned(), dispute.refused(RESPONDENT.name())))
                    .when(dispute.meeting(MeetingType.MEDIATION_SESSION))
                    .expectException(violates(CaseRule.MEDIATION_REFUSED))
                    .expectNoEvents();
        }

        @Test
        void allows_other_meetings_after_a_refusal() {
            fixture.given(history(dispute.assigned(), dispute.refused(RESPONDENT.name())))
                    .when(dispute.meeting(MeetingType.JOINT_MEETING))
                    .expectEvents(dispute.meetingHeld(MeetingType.JOINT_MEETING))
                    .expectResultMessagePayload(dispute.version(4));
        }
    }

    @Nested
    class ReachMediationAgreement {

        @Test
        void reaches_an_agreement_signed_by_every_party_and_the_mediator() {
            fixture.given(dispute.mediated())
                    .when(dispute.reachAgreement())
                    .expectEvents(dispute.agreement(), dispute.confirmationWindow(1))
                    .expectResultMessagePayload(dispute.version(5));
        }

        @Test
        void requires_a_mediation_session() {
            fixture.given(dispute.assigned())
                    .when(dispute.reachAgreement())
                    .expectException(violates(CaseRule.MEDIATION_SESSION_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_joint_meeting_is_not_a_mediation_session() {
            fixture.given(history(dispute.assigned(), dispute.meetingHeld(MeetingType.JOINT_MEETING)))
                    .when(dispute.reachAgreement())
                    .expectException(violates(CaseRule.MEDIATION_SESSION_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_the_signature_of_every_party() {
            fixture.given(dispute.mediated())
                    .when(dispute.agreementDraft().signatories(APPLICANT.name(), MEDIATOR).command())
                    .expectException(violates(CaseRule.SIGNATURES_INCOMPLETE))
                    .expectNoEvents();
        }

        @Test
        void requires_the_signature_of_the_mediator() {
            fixture.given(dispute.mediated())
                    .when(dispute.agreementDraft().signatories(APPLICANT.name(), RESPONDENT.name()).command())
                    .expectException(violates(CaseRule.SIGNATURES_INCOMPLETE))
                    .expectNoEvents();
        }

        @Test
        void requires_a_mediator() {
            fixture.given(dispute.mediated())
                    .when(dispute.agreementDraft().mediator(null).command())
                    .expectException(violates(CaseRule.MEDIATOR_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_terms() {
            fixture.given(dispute.mediated())
                    .when(dispute.agreementDraft().terms("").command())
                    .expectException(violates(CaseRule.TERMS_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_a_perform_by_date() {
            fixture.given(dispute.mediated())
                    .when(dispute.agreementDraft().performBy(null).command())
                    .expectException(violates(CaseRule.PERFORM_BY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void requires_assignment() {
            fixture.given(dispute.open())
                    .when(dispute.reachAgreement())
                    .expectException(violates(CaseRule.NOT_ASSIGNED))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_second_agreement() {
            fixture.given(history(dispute.mediated(), dispute.agreement()))
                    .when(dispute.reachAgreement())
                    .expectException(violates(CaseRule.AGREEMENT_ALREADY_REACHED))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_agreement_after_a_refusal() {
            fixture.given(history(dispute.mediated(), dispute.refused(APPLICANT.name())))
                    .when(dispute.reachAgreement())
                    .expectException(violates(CaseRule.MEDIATION_REFUSED))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_agreement_on_a_closed_dispute() {
            fixture.given(history(dispute.mediated(),
                            dispute.closed(Outcome.WITHDRAWN, null, Level.SUB_DISTRICT)))
                    .when(dispute.reachAgreement())
                    .expectException(violates(CaseRule.CASE_CLOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class CloseCase {

        @Test
        void resolved_requires_an_agreement() {
            fixture.given(dispute.mediated())
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectException(violates(CaseRule.AGREEMENT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void resolves_with_an_agreement_at_the_level_of_the_community_committee() {
            fixture.given(dispute.received(), dispute.assignedTo(GUOYUAN_MEDIATION, Level.COMMUNITY),
                            dispute.mediationSession(), dispute.agreement())
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectEvents(dispute.closed(Outcome.RESOLVED, null, Level.COMMUNITY))
                    .expectResultMessagePayload(dispute.version(5));
        }

        @Test
        void mediation_failed_requires_a_route() {
            fixture.given(dispute.mediated())
                    .when(dispute.close(Outcome.MEDIATION_FAILED, " "))
                    .expectException(violates(CaseRule.ROUTE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void closes_as_mediation_failed_with_a_route() {
            String route = "litigation at the Saihan district court";
            fixture.given(dispute.mediated())
                    .when(dispute.close(Outcome.MEDIATION_FAILED, route))
                    .expectEvents(dispute.closed(Outcome.MEDIATION_FAILED, route, Level.SUB_DISTRICT))
                    .expectResultMessagePayload(dispute.version(4));
        }

        @Test
        void after_a_refusal_closes_only_as_mediation_failed_or_referred() {
            fixture.given(history(dispute.assigned(), dispute.refused(RESPONDENT.name())))
                    .when(dispute.close(Outcome.WITHDRAWN))
                    .expectException(violates(CaseRule.REFUSED_MEDIATION_OUTCOME))
                    .expectNoEvents();
            fixture.given(history(dispute.assigned(), dispute.refused(RESPONDENT.name())))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectException(violates(CaseRule.REFUSED_MEDIATION_OUTCOME))
                    .expectNoEvents();
        }

        @Test
        void after_a_refusal_may_be_referred() {
            String route = "labour arbitration commission";
            fixture.given(history(dispute.assigned(), dispute.refused(RESPONDENT.name())))
                    .when(dispute.close(Outcome.REFERRED, route))
                    .expectEvents(dispute.closed(Outcome.REFERRED, route, Level.SUB_DISTRICT))
                    .expectResultMessagePayload(dispute.version(4));
        }
    }
}
