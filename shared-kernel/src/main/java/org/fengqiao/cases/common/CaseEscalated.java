package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A case was escalated from one level to a higher one, with the reason.
 */
public record CaseEscalated(
        CaseId caseId,
        Level fromLevel,
        Level toLevel,
        String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
