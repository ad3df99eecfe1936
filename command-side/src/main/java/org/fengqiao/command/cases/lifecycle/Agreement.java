package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.PerformanceWaived;
import org.fengqiao.cases.aftercare.RecordPerformance;
import org.fengqiao.cases.aftercare.TermDueReminded;
import org.fengqiao.cases.aftercare.TermPerformance;
import org.fengqiao.cases.aftercare.TermPerformanceRecorded;
import org.fengqiao.cases.aftercare.TermPerformanceUrged;
import org.fengqiao.cases.aftercare.WaivePerformance;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The terms of the case's agreement and their performance (人民调解法 Arts. 28-31: the committee supervises the
 * performance and urges the parties to perform): each term's due day and how far it was performed, whether a
 * supervisor let the case close as resolved with terms open, and how the case last closed. It checks an agreement's
 * terms before the kind records it, decides performance records, the supervisor's decision and the reminder and urge at
 * each term's due day (returns the events to apply), holds closure as RESOLVED until every term is performed, and
 * follows the events. It keeps no personal value: the terms' texts and obligors stay in the events.
 *
 * <p>An agreement without terms (the first wave's body, the whole agreement in one text) has nothing to follow up one
 * by one: it closes as RESOLVED as before.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Agreement {

    /** One term: its due day, how far it was performed ({@code null}: nothing recorded), reminded, urged. */
    record Term(LocalDate dueBy, TermPerformance status, boolean reminded, boolean urged) {

        boolean open() {
            return status != TermPerformance.PERFORMED;
        }
    }

    private Map<Integer, Term> terms = new TreeMap<>();
    private Instant agreedAt;
    private boolean waived;
    private Outcome closedAs;

    /**
     * Checks the terms of an agreement made on {@code agreedOn}: each says what is to be done, binds exactly one
     * obligor, a person or company the kind admits ({@code obligorAdmitted}, else {@code notAdmitted}) or a known
     * handling unit, and is due on or after the day of the agreement.
     */
    static void checkTerms(List<AgreementTerm> obligations, LocalDate agreedOn, Predicate<String> obligorAdmitted,
            CaseRule notAdmitted, JurisdictionTree tree) {
        for (AgreementTerm term : obligations) {
            Require.present(term.text(), CaseRule.TERM_TEXT_REQUIRED);
            if ((term.obligor() == null) == (term.unit() == null)) {
                throw new CaseRuleViolation(CaseRule.TERM_OBLIGOR_REQUIRED);
            }
            if (term.unit() != null && tree.unit(term.unit()).isEmpty()) {
                throw new CaseRuleViolation(CaseRule.UNKNOWN_UNIT);
            }
            if (term.obligor() != null && !obligorAdmitted.test(term.obligor())) {
                throw new CaseRuleViolation(notAdmitted);
            }
            if (term.dueBy() == null || term.dueBy().isBefore(agreedOn)) {
                throw new CaseRuleViolation(CaseRule.TERM_DUE_BY_INVALID);
            }
        }
    }

    /** Who signs by seal (a legal person, a unit) is among the signatories. */
    static void checkSeals(List<String> sealedBy, Collection<String> signatories) {
        if (!signatories.containsAll(sealedBy)) {
            throw new CaseRuleViolation(CaseRule.SEALED_BY_NOT_SIGNATORY);
        }
    }

    /** The day the agreement is performed by: as given, or else the last term's due day ({@code null}: neither). */
    static LocalDate performBy(LocalDate given, List<AgreementTerm> obligations) {
        return given != null ? given : obligations.stream().map(AgreementTerm::dueBy).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** Schedules each term's reminder (the policy's days before its due day ends) and its urge (when it ends). */
    static void schedule(List<AgreementTerm> obligations, Instant agreedAt, DeadlineManager deadlineManager,
            TimeLimitPolicy policy) {
        for (int number = 1; number <= obligations.size(); number++) {
            Instant dueAt = dueAt(obligations.get(number - 1).dueBy(), policy);
            deadlineManager.schedule(policy.remindAt(agreedAt, dueAt), TermDue.DEADLINE_NAME, new TermDue(number, true));
            deadlineManager.schedule(dueAt, TermDue.DEADLINE_NAME, new TermDue(number, false));
        }
    }

    List<CaseEvent> perform(CaseId id, RecordPerformance command) {
        requireTerms();
        if (command.term() == null || !terms.containsKey(command.term())) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_TERM);
        }
        Require.present(command.status(), CaseRule.PERFORMANCE_STATUS_REQUIRED);
        if (!terms.get(command.term()).open()) {
            throw new CaseRuleViolation(CaseRule.TERM_ALREADY_PERFORMED);
        }
        return List.of(new TermPerformanceRecorded(id, command.term(), command.status(), command.note(),
                command.occurredAt(), command.actor()));
    }

    /** A supervisor's decision that the case may close as resolved with the terms open now; with a reason. */
    List<CaseEvent> waive(CaseId id, WaivePerformance command) {
        requireTerms();
        List<Integer> open = openTerms();
        if (open.isEmpty()) {
            throw new CaseRuleViolation(CaseRule.TERMS_ALL_PERFORMED);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        return List.of(new PerformanceWaived(id, open, command.reason(), command.occurredAt(), command.actor()));
    }

    /**
     * A term's deadline fired: its reminder, then its urge, each once, while the term is not performed. Nothing once
     * the case closed with another outcome than RESOLVED (the agreement was not the end of it).
     */
    List<CaseEvent> due(CaseId id, TermDue due, TimeLimitPolicy policy) {
        Term term = terms.get(due.term());
        if (term == null || !term.open() || closedAs != null && closedAs != Outcome.RESOLVED) {
            return List.of();
        }
        Instant dueAt = dueAt(term.dueBy(), policy);
        if (due.reminder()) {
            return term.reminded() ? List.of() : List.of(new TermDueReminded(id, due.term(), term.dueBy(),
                    policy.remindAt(agreedAt, dueAt), Actor.SYSTEM));
        }
        return term.urged() ? List.of()
                : List.of(new TermPerformanceUrged(id, due.term(), term.dueBy(), dueAt, Actor.SYSTEM));
    }

    /** RESOLVED after an agreement with terms: every term performed, or a supervisor's decision. */
    void checkClosure(Outcome outcome) {
        if (outcome == Outcome.RESOLVED && !waived && !openTerms().isEmpty()) {
            throw new CaseRuleViolation(CaseRule.TERMS_NOT_PERFORMED);
        }
    }

    void evolve(CaseEvent event) {
        if (event instanceof MediationAgreementReached e) {
            agreed(e.obligations(), e.occurredAt());
        } else if (event instanceof HandlingPlanAgreed e) {
            agreed(e.obligations(), e.occurredAt());
        } else if (event instanceof TermPerformanceRecorded e) {
            terms.computeIfPresent(e.term(), (n, t) -> new Term(t.dueBy(), e.status(), t.reminded(), t.urged()));
        } else if (event instanceof TermDueReminded e) {
            terms.computeIfPresent(e.term(), (n, t) -> new Term(t.dueBy(), t.status(), true, t.urged()));
        } else if (event instanceof TermPerformanceUrged e) {
            terms.computeIfPresent(e.term(), (n, t) -> new Term(t.dueBy(), t.status(), t.reminded(), true));
        } else if (event instanceof PerformanceWaived) {
            waived = true;
        } else if (event instanceof CaseClosed e) {
            closedAs = e.outcome();
        } else if (event instanceof ReviewRequested || event instanceof CaseReopenedForRework) {
            closedAs = null;
        }
    }

    private void agreed(List<AgreementTerm> obligations, Instant at) {
        terms = new TreeMap<>();
        for (int number = 1; number <= obligations.size(); number++) {
            terms.put(number, new Term(obligations.get(number - 1).dueBy(), null, false, false));
        }
        agreedAt = at;
        waived = false;
    }

    private List<Integer> openTerms() {
        return terms.entrySet().stream().filter(entry -> entry.getValue().open()).map(Map.Entry::getKey).toList();
    }

    private void requireTerms() {
        if (terms.isEmpty()) {
            throw new CaseRuleViolation(CaseRule.NO_AGREEMENT_TERMS);
        }
    }

    /** 24:00 at the end of a term's due day, in the sub-district's time zone. */
    private static Instant dueAt(LocalDate dueBy, TimeLimitPolicy policy) {
        return dueBy.plusDays(1).atStartOfDay(policy.zone()).toInstant();
    }

    // its own commands (an aggregate member of Case)

    @CommandHandler
    Decision handle(RecordPerformance command) {
        return Decision.of(perform(command.caseId(), command));
    }

    @CommandHandler
    Decision handle(WaivePerformance command) {
        return Decision.of(waive(command.caseId(), command));
    }
}
