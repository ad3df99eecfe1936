package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A case was assigned for the first time to a handling unit (and officer). The case is now handled at
 * {@code level}, the unit's level. Emitted by either aggregate.
 */
public record CaseAssigned(
        CaseId caseId,
        UnitCode unit,
        Level level,
        String officer,
        String note,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
