package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A time limit passed ({@code occurredAt} is its due time) without what it waited for. Emitted exactly once per
 * deadline, by the system when the deadline fires, also when it fires late after a restart; the policy's escalation
 * ({@link CaseEscalated}) follows in the same transaction. The case counts as overdue until it closes.
 */
public record DeadlineMissed(
        CaseId caseId,
        String deadlineId,
        TimeLimit limit,
        Instant dueAt,
        Instant occurredAt,
        Actor actor) implements TimeLimitEvent {
}
