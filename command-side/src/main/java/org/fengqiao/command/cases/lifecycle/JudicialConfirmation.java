package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispute.ApplyForJudicialConfirmation;
import org.fengqiao.cases.dispute.DecideJudicialConfirmation;
import org.fengqiao.cases.dispute.JudicialConfirmationApplied;
import org.fengqiao.cases.dispute.JudicialConfirmationDecided;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.command.timelimits.TimeLimitPolicy;

/**
 * Judicial confirmation of a dispute's mediation agreement (人民调解法 Art. 33; 民事诉讼法 Arts. 205-206): the parties
 * may jointly apply to a court within 30 days of the agreement taking effect, counted as the law counts (a
 * {@link TimeLimit#JUDICIAL_CONFIRMATION} limit with its reminder, the parties' own: it outlives the case's closure),
 * and the court confirms the agreement or rejects it; a rejected agreement no longer stands, so the parties may change
 * it or reach a new one by mediation (which opens a new window) or sue. It decides (returns the events to apply) and
 * follows the events; it keeps no personal value.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class JudicialConfirmation {

    /** 人民调解法 Art. 33: "自调解协议生效之日起三十日内". */
    static final int WINDOW_DAYS = 30;

    /** When the window of the agreement in effect closes; {@code null}: no agreement in effect. */
    private Instant windowEndsAt;
    private boolean applied;
    private boolean decided;

    /** The window an agreement that took effect at {@code agreedAt} opens. */
    static List<CaseEvent> open(CaseId id, Instant agreedAt, Actor actor, TimeLimits limits, TimeLimitPolicy policy) {
        return limits.start(id, TimeLimit.JUDICIAL_CONFIRMATION, agreedAt, WINDOW_DAYS, actor, policy);
    }

    /** The parties' application, before the window closes; it ends the window's limit. */
    List<CaseEvent> apply(CaseId id, ApplyForJudicialConfirmation command, TimeLimits limits, Clock clock) {
        if (windowEndsAt == null) {
            throw new CaseRuleViolation(CaseRule.CONFIRMATION_AGREEMENT_REQUIRED);
        }
        if (applied) {
            throw new CaseRuleViolation(CaseRule.CONFIRMATION_ALREADY_APPLIED);
        }
        Require.present(command.court(), CaseRule.COURT_REQUIRED);
        Require.pastOrPresent(command.appliedAt(), clock, CaseRule.APPLIED_AT_REQUIRED);
        if (!command.appliedAt().isBefore(windowEndsAt)) {
            throw new CaseRuleViolation(CaseRule.CONFIRMATION_WINDOW_CLOSED);
        }
        List<CaseEvent> events = new ArrayList<>();
        events.add(new JudicialConfirmationApplied(id, command.court(), windowEndsAt, command.appliedAt(),
                command.actor()));
        events.addAll(limits.end(id, TimeLimit.JUDICIAL_CONFIRMATION, command.appliedAt(), command.actor()));
        return events;
    }

    /** The court's decision on the application that awaits one; a rejection tells the parties their route. */
    List<CaseEvent> decide(CaseId id, DecideJudicialConfirmation command, Clock clock) {
        if (!applied || decided) {
            throw new CaseRuleViolation(CaseRule.CONFIRMATION_NOT_APPLIED);
        }
        Require.present(command.decision(), CaseRule.JUDICIAL_DECISION_REQUIRED);
        Require.present(command.courtReference(), CaseRule.COURT_REFERENCE_REQUIRED);
        Require.pastOrPresent(command.decidedAt(), clock, CaseRule.DECIDED_AT_REQUIRED);
        String route = command.decision() == JudicialDecision.REJECTED ? JudicialConfirmationDecided.REJECTED_ROUTE
                : null;
        return List.of(new JudicialConfirmationDecided(id, command.decision(), command.courtReference(), route,
                command.decidedAt(), command.actor()));
    }

    void evolve(CaseEvent event) {
        if (event instanceof DeadlineSet e && e.limit() == TimeLimit.JUDICIAL_CONFIRMATION) {
            windowEndsAt = e.dueAt();
            applied = false;
            decided = false;
        } else if (event instanceof JudicialConfirmationApplied) {
            applied = true;
        } else if (event instanceof JudicialConfirmationDecided e) {
            decided = true;
            if (e.decision() == JudicialDecision.REJECTED) {
                windowEndsAt = null;
            }
        }
    }
}
