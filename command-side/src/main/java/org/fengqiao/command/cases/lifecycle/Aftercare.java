package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.aftercare.RecordFollowUp;
import org.fengqiao.cases.aftercare.ReopenForRework;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.command.timelimits.TimeLimitPolicy;

/**
 * After closure (回访 and 重办): the follow-up a closure calls for, due the settings' days after it (fewer for a HIGH or
 * CRITICAL case), the follow-ups recorded since, and the one rework a supervisor may decide when a follow-up found the
 * matter unresolved or the resident dissatisfied. A closed case otherwise stays closed. It decides (returns the events
 * to apply) and follows the events.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Aftercare {

    private int closures;
    private boolean due;
    private boolean followedUp;
    private boolean reworkWarranted;
    private boolean reworked;

    /** Schedules the follow-up of the closure just applied, if its outcome calls for one. */
    void schedule(CaseClosed closed, boolean highRisk, DeadlineManager deadlineManager, TimeLimitPolicy policy,
            FollowUpSettings settings) {
        if (!closed.outcome().followedUp()) {
            return;
        }
        Instant dueAt = policy.afterDays(closed.occurredAt(), settings.days(highRisk)).dueAt();
        deadlineManager.schedule(dueAt, FollowUpDue.DEADLINE_NAME, new FollowUpDue(closures, dueAt));
    }

    List<CaseEvent> followUp(CaseId id, RecordFollowUp command) {
        if (!due) {
            throw new CaseRuleViolation(CaseRule.FOLLOW_UP_NOT_DUE);
        }
        Require.present(command.contacted(), CaseRule.CONTACTED_REQUIRED);
        Require.present(command.method(), CaseRule.FOLLOW_UP_METHOD_REQUIRED);
        Require.present(command.satisfaction(), CaseRule.SATISFACTION_REQUIRED);
        boolean warranted = command.satisfaction() == Satisfaction.DISSATISFIED
                || Boolean.FALSE.equals(command.performed());
        return List.of(new FollowUpRecorded(id, command.contacted(), command.method(), command.satisfaction(),
                command.performed(), command.note(), !followedUp, warranted, command.occurredAt(), command.actor()));
    }

    /** Once, on a closed case with a follow-up since its closure that found it unresolved or someone dissatisfied. */
    List<CaseEvent> rework(CaseId id, ReopenForRework command, Level level) {
        if (reworked) {
            throw new CaseRuleViolation(CaseRule.REWORK_ALREADY_USED);
        }
        if (!due || !reworkWarranted) {
            throw new CaseRuleViolation(CaseRule.REWORK_NOT_WARRANTED);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        return List.of(new CaseReopenedForRework(id, command.reason(), level, command.occurredAt(), command.actor()));
    }

    /** A closure's follow-up deadline fired: overdue when that closure still stands without a follow-up. */
    List<CaseEvent> due(CaseId id, FollowUpDue fired) {
        if (!due || followedUp || fired.closure() != closures) {
            return List.of();
        }
        return List.of(new FollowUpOverdue(id, fired.dueAt(), fired.dueAt(), Actor.SYSTEM));
    }

    void evolve(CaseEvent event) {
        if (event instanceof CaseClosed e) {
            closures++;
            due = e.outcome().followedUp();
            followedUp = false;
            reworkWarranted = false;
        } else if (event instanceof FollowUpRecorded e) {
            followedUp = true;
            reworkWarranted |= e.reworkWarranted();
        } else if (event instanceof CaseReopenedForRework) {
            reworked = true;
            due = false;
        } else if (event instanceof ReviewRequested) {
            due = false;
        }
    }

    // its own command (an aggregate member of Case; rework reopens at the case's level: Case handles it)

    @CommandHandler
    Decision handle(RecordFollowUp command) {
        return Decision.of(followUp(command.caseId(), command));
    }
}
