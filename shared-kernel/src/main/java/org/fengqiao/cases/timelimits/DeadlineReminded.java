package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A running time limit is due soon (the policy's reminder days before {@code dueAt}): the case is on the boards'
 * "due soon" list until the limit is met or missed. Emitted once per deadline by the deadline manager's firing.
 */
public record DeadlineReminded(
        CaseId caseId,
        String deadlineId,
        TimeLimit limit,
        Instant dueAt,
        Instant occurredAt,
        Actor actor) implements TimeLimitEvent {
}
