package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * The risk level of a case changed.
 */
public record RiskLevelChanged(
        CaseId caseId,
        RiskLevel previousLevel,
        RiskLevel level,
        String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
