package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A case already assigned moved to another unit or officer; {@code previousUnit} is where it was.
 */
public record CaseReassigned(
        CaseId caseId,
        UnitCode previousUnit,
        UnitCode unit,
        Level level,
        String officer,
        String note,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
