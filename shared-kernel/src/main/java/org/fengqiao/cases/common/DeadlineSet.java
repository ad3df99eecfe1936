package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A time limit started to run, or runs on with a new due time ({@code replaces} names the deadline it takes the place
 * of: after a hearing, or shortened because the case became high risk). Emitted by the case itself; {@code remindAt}
 * is when the case goes on the "due soon" list, {@code null} for limits without a reminder. Consumers may rely on
 * {@code deadlineId} being unique within the case.
 */
public record DeadlineSet(
        CaseId caseId,
        String deadlineId,
        TimeLimit limit,
        Instant dueAt,
        Instant remindAt,
        String replaces,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
