package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A running time limit ended in time: the decision, reply, agreement, check-in or closure it waited for happened
 * before {@code dueAt}. Nothing fires for it any more.
 */
public record DeadlineMet(
        CaseId caseId,
        String deadlineId,
        TimeLimit limit,
        Instant dueAt,
        Instant occurredAt,
        Actor actor) implements TimeLimitEvent {
}
