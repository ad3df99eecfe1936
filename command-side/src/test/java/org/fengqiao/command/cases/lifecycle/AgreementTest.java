package org.fengqiao.command.cases.lifecycle;

import static org.fengqiao.command.cases.CaseEvents.NOW;
import static org.fengqiao.command.cases.CaseEvents.OFFICER;
import static org.fengqiao.command.cases.CaseEvents.history;
import static org.fengqiao.command.cases.RuleViolations.violates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.aftercare.PartyResponsibility;
import org.fengqiao.cases.aftercare.PerformanceWaived;
import org.fengqiao.cases.aftercare.RecordPerformance;
import org.fengqiao.cases.aftercare.TermDueReminded;
import org.fengqiao.cases.aftercare.TermPerformance;
import org.fengqiao.cases.aftercare.TermPerformanceRecorded;
import org.fengqiao.cases.aftercare.TermPerformanceUrged;
import org.fengqiao.cases.aftercare.WaivePerformance;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
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
 * Agreements with terms that are followed up (人民调解法 Arts. 28-31; issue 16, part 1): each term's obligor and due
 * day, the reminder and urge at the due day, performance per term, and closure as RESOLVED only with every term
 * performed or a supervisor's decision.
 */
class AgreementTest {

    private static final Actor SUPERVISOR = new Actor("supervisor.wang");
    private static final UnitCode ENFORCE = new UnitCode("SHQ-ENFORCE");
    private static final LocalDate REPAIR_BY = LocalDate.of(2026, 7, 20);
    private static final LocalDate PAY_BY = LocalDate.of(2026, 7, 31);
    /** 24:00 of 20 July in Asia/Shanghai, and three days before. */
    private static final Instant REPAIR_DUE = Instant.parse("2026-07-20T16:00:00Z");
    private static final Instant REPAIR_REMIND = Instant.parse("2026-07-17T16:00:00Z");
    /** A closure on 1 July is followed up by 24:00 of 16 July (15 days), before the repair's due day. */
    private static final Instant FOLLOW_UP_DUE = Instant.parse("2026-07-16T16:00:00Z");
    private static final String FACTS = "Water leaks from 李四's bathroom into 张三's flat since May.";
    private static final String MATTERS = "Who repairs the waterproofing and who pays for the ceiling.";

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final DisputeEvents dispute = new DisputeEvents();
    private final PetitionEvents petition = new PetitionEvents();

    private static List<AgreementTerm> terms() {
        return List.of(new AgreementTerm("Repair the bathroom's waterproofing", "李四", null, REPAIR_BY),
                new AgreementTerm("Inspect the repair", null, ENFORCE, PAY_BY));
    }

    private ReachMediationAgreement agreement(List<AgreementTerm> terms, LocalDate performBy, List<String> signatories,
            List<String> sealedBy, boolean oral, List<PartyResponsibility> responsibilities) {
        return new ReachMediationAgreement(DisputeEvents.ID, DisputeEvents.TERMS, DisputeEvents.PERFORMANCE, performBy,
                DisputeEvents.MEDIATOR, signatories, NOW, OFFICER, terms, FACTS, MATTERS, responsibilities, oral,
                sealedBy);
    }

    private ReachMediationAgreement agreement(List<AgreementTerm> terms) {
        return agreement(terms, null, signatories(), List.of(), false, responsibilities());
    }

    private static List<String> signatories() {
        return List.of("张三", "李四", DisputeEvents.MEDIATOR);
    }

    private static List<PartyResponsibility> responsibilities() {
        return List.of(new PartyResponsibility("李四", "maintains the bathroom above"));
    }

    private MediationAgreementReached agreed(List<AgreementTerm> terms, LocalDate performBy) {
        return new MediationAgreementReached(DisputeEvents.ID, DisputeEvents.TERMS, DisputeEvents.PERFORMANCE,
                performBy, DisputeEvents.MEDIATOR, signatories(), NOW, OFFICER, terms, FACTS, MATTERS,
                responsibilities(), false, List.of());
    }

    private MediationAgreementReached agreed() {
        return agreed(terms(), PAY_BY);
    }

    private RecordPerformance perform(Integer term, TermPerformance status) {
        return new RecordPerformance(DisputeEvents.ID, CaseKind.DISPUTE, term, status, "checked on site", NOW,
                OFFICER);
    }

    private TermPerformanceRecorded performed(int term, TermPerformance status) {
        return new TermPerformanceRecorded(DisputeEvents.ID, term, status, "checked on site", NOW, OFFICER);
    }

    private WaivePerformance waive(String reason) {
        return new WaivePerformance(DisputeEvents.ID, CaseKind.DISPUTE, reason, NOW, SUPERVISOR);
    }

    private CaseClosed resolved() {
        return dispute.closed(Outcome.RESOLVED, null, Level.SUB_DISTRICT);
    }

    @Nested
    class MediationAgreementWithTerms {

        @Test
        void records_the_terms_facts_and_responsibilities_performed_by_the_last_terms_day() {
            fixture.given(dispute.mediated())
                    .when(agreement(terms()))
                    .expectEvents(agreed(), dispute.confirmationWindow(1));
        }

        @Test
        void schedules_a_reminder_and_an_urge_at_each_terms_due_day() {
            fixture.given(dispute.mediated())
                    .when(agreement(terms()))
                    .expectScheduledDeadlineWithName(REPAIR_REMIND, TermDue.DEADLINE_NAME)
                    .expectScheduledDeadline(REPAIR_DUE, new TermDue(1, false))
                    .expectScheduledDeadline(REPAIR_REMIND, new TermDue(1, true))
                    .expectScheduledDeadline(Instant.parse("2026-07-31T16:00:00Z"), new TermDue(2, false));
        }

        @Test
        void a_term_without_its_text_is_refused() {
            fixture.given(dispute.mediated())
                    .when(agreement(List.of(new AgreementTerm(" ", "李四", null, REPAIR_BY))))
                    .expectNoEvents().expectException(violates(CaseRule.TERM_TEXT_REQUIRED));
        }

        @Test
        void a_term_binds_exactly_one_obligor_a_person_or_a_unit() {
            fixture.given(dispute.mediated())
                    .when(agreement(List.of(new AgreementTerm("Repair", "李四", ENFORCE, REPAIR_BY))))
                    .expectNoEvents().expectException(violates(CaseRule.TERM_OBLIGOR_REQUIRED));
            fixture.given(dispute.mediated())
                    .when(agreement(List.of(new AgreementTerm("Repair", null, null, REPAIR_BY))))
                    .expectNoEvents().expectException(violates(CaseRule.TERM_OBLIGOR_REQUIRED));
        }

        @Test
        void a_mediation_agreements_term_binds_a_party_of_the_dispute() {
            fixture.given(dispute.mediated())
                    .when(agreement(List.of(new AgreementTerm("Repair", "王五", null, REPAIR_BY))))
                    .expectNoEvents().expectException(violates(CaseRule.TERM_OBLIGOR_NOT_A_PARTY));
        }

        @Test
        void a_term_binding_an_unknown_unit_is_refused() {
            fixture.given(dispute.mediated())
                    .when(agreement(List.of(new AgreementTerm("Inspect", null, new UnitCode("SHQ-NOWHERE"),
                            REPAIR_BY))))
                    .expectNoEvents().expectException(violates(CaseRule.UNKNOWN_UNIT));
        }

        @Test
        void a_term_due_before_the_day_of_the_agreement_is_refused() {
            fixture.given(dispute.mediated())
                    .when(agreement(List.of(new AgreementTerm("Repair", "李四", null, LocalDate.of(2026, 6, 30)))))
                    .expectNoEvents().expectException(violates(CaseRule.TERM_DUE_BY_INVALID));
            fixture.given(dispute.mediated())
                    .when(agreement(List.of(new AgreementTerm("Repair", "李四", null, null)), REPAIR_BY,
                            signatories(), List.of(), false, List.of()))
                    .expectNoEvents().expectException(violates(CaseRule.TERM_DUE_BY_INVALID));
        }

        @Test
        void a_seal_is_a_signatorys() {
            fixture.given(dispute.mediated())
                    .when(agreement(terms(), null, signatories(), List.of("富力物业"), false, List.of()))
                    .expectNoEvents().expectException(violates(CaseRule.SEALED_BY_NOT_SIGNATORY));
        }

        @Test
        void a_party_that_is_a_legal_person_signs_by_seal() {
            fixture.given(dispute.mediated())
                    .when(agreement(terms(), null, signatories(), List.of("李四"), false, responsibilities()))
                    .expectEvents(new MediationAgreementReached(DisputeEvents.ID, DisputeEvents.TERMS,
                            DisputeEvents.PERFORMANCE, PAY_BY, DisputeEvents.MEDIATOR, signatories(), NOW, OFFICER,
                            terms(), FACTS, MATTERS, responsibilities(), false, List.of("李四")),
                            dispute.confirmationWindow(1));
        }

        @Test
        void an_oral_agreement_is_recorded_by_the_mediator_without_the_parties_signatures() {
            fixture.given(dispute.mediated())
                    .when(agreement(terms(), null, List.of(DisputeEvents.MEDIATOR), List.of(), true, List.of()))
                    .expectEvents(new MediationAgreementReached(DisputeEvents.ID, DisputeEvents.TERMS,
                            DisputeEvents.PERFORMANCE, PAY_BY, DisputeEvents.MEDIATOR,
                            List.of(DisputeEvents.MEDIATOR), NOW, OFFICER, terms(), FACTS, MATTERS, List.of(), true,
                            List.of()), dispute.confirmationWindow(1));
        }

        @Test
        void a_written_agreement_still_needs_every_partys_signature() {
            fixture.given(dispute.mediated())
                    .when(agreement(terms(), null, List.of(DisputeEvents.MEDIATOR), List.of(), false, List.of()))
                    .expectNoEvents().expectException(violates(CaseRule.SIGNATURES_INCOMPLETE));
        }

        @Test
        void a_responsibility_is_a_partys() {
            fixture.given(dispute.mediated())
                    .when(agreement(terms(), null, signatories(), List.of(), false,
                            List.of(new PartyResponsibility("王五", "none"))))
                    .expectNoEvents().expectException(violates(CaseRule.UNKNOWN_PARTY));
        }
    }

    @Nested
    class HandlingPlanWithTerms {

        @Test
        void records_terms_binding_a_company_by_name_and_a_unit_sealed_by_the_company() {
            List<AgreementTerm> terms = List.of(
                    new AgreementTerm("Rebuild the courtyards of phase 6", "富力地产", null, PAY_BY),
                    new AgreementTerm("Inspect the rebuilt courtyards", null, ENFORCE, PAY_BY));
            List<String> signatories = List.of("张三", "富力地产");
            fixture.given(history(petition.open(), petition.assignedTo(org.fengqiao.command.cases.CaseEvents.TASK_FORCE, Level.SUB_DISTRICT)))
                    .when(new AgreeHandlingPlan(PetitionEvents.ID, PetitionEvents.TERMS, null, signatories, NOW,
                            OFFICER, terms, List.of("富力地产")))
                    .expectEvents(new HandlingPlanAgreed(PetitionEvents.ID, PetitionEvents.TERMS, PAY_BY,
                            signatories, NOW, OFFICER, terms, List.of("富力地产")))
                    .expectScheduledDeadline(Instant.parse("2026-07-31T16:00:00Z"), new TermDue(2, false));
        }

        @Test
        void a_plan_without_terms_or_performance_date_is_refused() {
            fixture.given(history(petition.open(), petition.assignedTo(org.fengqiao.command.cases.CaseEvents.TASK_FORCE, Level.SUB_DISTRICT)))
                    .when(new AgreeHandlingPlan(PetitionEvents.ID, PetitionEvents.TERMS, null, List.of(), NOW,
                            OFFICER, List.of(), List.of()))
                    .expectNoEvents().expectException(violates(CaseRule.PERFORM_BY_REQUIRED));
        }
    }

    @Nested
    class Performance {

        @Test
        void records_how_far_a_term_was_performed() {
            fixture.given(history(dispute.mediated(), agreed()))
                    .when(perform(1, TermPerformance.PARTLY))
                    .expectEvents(performed(1, TermPerformance.PARTLY));
        }

        @Test
        void a_term_partly_performed_is_recorded_again() {
            fixture.given(history(dispute.mediated(), agreed(), performed(1, TermPerformance.PARTLY)))
                    .when(perform(1, TermPerformance.PERFORMED))
                    .expectEvents(performed(1, TermPerformance.PERFORMED));
        }

        @Test
        void a_term_performed_is_done() {
            fixture.given(history(dispute.mediated(), agreed(), performed(2, TermPerformance.PERFORMED)))
                    .when(perform(2, TermPerformance.NOT_PERFORMED))
                    .expectNoEvents().expectException(violates(CaseRule.TERM_ALREADY_PERFORMED));
        }

        @Test
        void an_unknown_term_is_refused() {
            fixture.given(history(dispute.mediated(), agreed()))
                    .when(perform(3, TermPerformance.PERFORMED))
                    .expectNoEvents().expectException(violates(CaseRule.UNKNOWN_TERM));
            fixture.given(history(dispute.mediated(), agreed()))
                    .when(perform(null, TermPerformance.PERFORMED))
                    .expectNoEvents().expectException(violates(CaseRule.UNKNOWN_TERM));
        }

        @Test
        void a_status_is_required() {
            fixture.given(history(dispute.mediated(), agreed()))
                    .when(perform(1, null))
                    .expectNoEvents().expectException(violates(CaseRule.PERFORMANCE_STATUS_REQUIRED));
        }

        @Test
        void an_agreement_without_terms_has_no_performance_to_record() {
            fixture.given(history(dispute.mediated(), dispute.agreement()))
                    .when(perform(1, TermPerformance.PERFORMED))
                    .expectNoEvents().expectException(violates(CaseRule.NO_AGREEMENT_TERMS));
            fixture.given(dispute.mediated())
                    .when(perform(1, TermPerformance.PERFORMED))
                    .expectNoEvents().expectException(violates(CaseRule.NO_AGREEMENT_TERMS));
        }
    }

    @Nested
    class DueDays {

        /** The agreement is made by command, so that its terms' deadlines are scheduled. */
        private org.axonframework.test.aggregate.TestExecutor<Case> agreedWith(Object... commands) {
            List<Object> all = new java.util.ArrayList<>(List.of(agreement(terms())));
            all.addAll(List.of(commands));
            return fixture.givenCurrentTime(NOW).andGiven(dispute.mediated()).andGivenCommands(all);
        }

        /** The closure's own follow-up (回访), not recorded in these cases, is overdue before the term's due day. */
        private FollowUpOverdue followUpOverdue() {
            return new FollowUpOverdue(DisputeEvents.ID, FOLLOW_UP_DUE, FOLLOW_UP_DUE, Actor.SYSTEM);
        }

        @Test
        void reminds_then_urges_a_term_not_performed() {
            agreedWith()
                    .whenTimeAdvancesTo(REPAIR_DUE)
                    .expectEvents(new TermDueReminded(DisputeEvents.ID, 1, REPAIR_BY, REPAIR_REMIND, Actor.SYSTEM),
                            new TermPerformanceUrged(DisputeEvents.ID, 1, REPAIR_BY, REPAIR_DUE, Actor.SYSTEM));
        }

        @Test
        void urges_a_term_partly_performed() {
            agreedWith(perform(1, TermPerformance.PARTLY))
                    .whenTimeAdvancesTo(REPAIR_DUE)
                    .expectEvents(new TermDueReminded(DisputeEvents.ID, 1, REPAIR_BY, REPAIR_REMIND, Actor.SYSTEM),
                            new TermPerformanceUrged(DisputeEvents.ID, 1, REPAIR_BY, REPAIR_DUE, Actor.SYSTEM));
        }

        @Test
        void a_term_performed_is_neither_reminded_nor_urged() {
            agreedWith(perform(1, TermPerformance.PERFORMED))
                    .whenTimeAdvancesTo(REPAIR_DUE)
                    .expectNoEvents();
        }

        @Test
        void a_case_closed_with_another_outcome_is_not_urged() {
            agreedWith(dispute.close(Outcome.MEDIATION_FAILED, "court"))
                    .whenTimeAdvancesTo(REPAIR_DUE)
                    .expectEvents(followUpOverdue());
        }

        @Test
        void a_case_closed_resolved_by_a_supervisors_decision_is_still_urged() {
            agreedWith(waive("instalments"), dispute.close(Outcome.RESOLVED))
                    .whenTimeAdvancesTo(REPAIR_DUE)
                    .expectEvents(followUpOverdue(),
                            new TermDueReminded(DisputeEvents.ID, 1, REPAIR_BY, REPAIR_REMIND, Actor.SYSTEM),
                            new TermPerformanceUrged(DisputeEvents.ID, 1, REPAIR_BY, REPAIR_DUE, Actor.SYSTEM));
        }
    }

    @Nested
    class Closure {

        @Test
        void resolved_is_refused_while_a_term_is_open() {
            fixture.given(history(dispute.mediated(), agreed(), performed(1, TermPerformance.PERFORMED)))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectNoEvents().expectException(violates(CaseRule.TERMS_NOT_PERFORMED));
        }

        @Test
        void resolved_once_every_term_is_performed() {
            fixture.given(history(dispute.mediated(), agreed(), performed(1, TermPerformance.PERFORMED),
                            performed(2, TermPerformance.PERFORMED)))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectEvents(resolved());
        }

        @Test
        void another_outcome_while_terms_are_open() {
            fixture.given(history(dispute.mediated(), agreed()))
                    .when(dispute.close(Outcome.MEDIATION_FAILED, "court"))
                    .expectEvents(dispute.closed(Outcome.MEDIATION_FAILED, "court", Level.SUB_DISTRICT));
        }

        @Test
        void an_agreement_without_terms_closes_resolved_as_before() {
            fixture.given(history(dispute.mediated(), dispute.agreement()))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectEvents(resolved());
        }
    }

    @Nested
    class SupervisorsDecision {

        @Test
        void lets_the_case_close_resolved_with_the_terms_open_now() {
            fixture.given(history(dispute.mediated(), agreed(), performed(1, TermPerformance.PERFORMED)))
                    .when(waive("the inspection waits for the rainy season"))
                    .expectEvents(new PerformanceWaived(DisputeEvents.ID, List.of(2),
                            "the inspection waits for the rainy season", NOW, SUPERVISOR));
            fixture.given(history(dispute.mediated(), agreed(),
                            new PerformanceWaived(DisputeEvents.ID, List.of(1, 2), "instalments", NOW, SUPERVISOR)))
                    .when(dispute.close(Outcome.RESOLVED))
                    .expectEvents(resolved());
        }

        @Test
        void needs_a_reason() {
            fixture.given(history(dispute.mediated(), agreed()))
                    .when(waive(" "))
                    .expectNoEvents().expectException(violates(CaseRule.REASON_REQUIRED));
        }

        @Test
        void has_nothing_to_decide_when_every_term_is_performed_or_there_are_none() {
            fixture.given(history(dispute.mediated(), agreed(), performed(1, TermPerformance.PERFORMED),
                            performed(2, TermPerformance.PERFORMED)))
                    .when(waive("done"))
                    .expectNoEvents().expectException(violates(CaseRule.TERMS_ALL_PERFORMED));
            fixture.given(history(dispute.mediated(), dispute.agreement()))
                    .when(waive("done"))
                    .expectNoEvents().expectException(violates(CaseRule.NO_AGREEMENT_TERMS));
        }
    }
}
