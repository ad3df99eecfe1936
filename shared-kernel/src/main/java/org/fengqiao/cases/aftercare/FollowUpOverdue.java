package org.fengqiao.cases.aftercare;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * The follow-up a closure calls for was not recorded by {@code dueAt} (the policy's days after the closure, fewer for a
 * HIGH or CRITICAL case). Emitted once per closure by its deadline, by the system.
 */
public record FollowUpOverdue(
        CaseId caseId,
        Instant dueAt,
        Instant occurredAt,
        Actor actor) implements AftercareEvent {
}
