package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * The hearing ended; hearing time does not count, so each suspended limit runs on with its due time moved by the
 * hearing's length (a {@link DeadlineSet} per limit follows).
 */
public record HearingEnded(
        CaseId caseId,
        Instant startedAt,
        Instant occurredAt,
        Actor actor) implements TimeLimitEvent {
}
