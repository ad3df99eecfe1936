package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A case was closed with its outcome. {@code resolutionLevel} is the level the case was handled at when it closed,
 * the figure behind "small matters stay in the community, big ones in the sub-district, none passed up".
 */
public record CaseClosed(
        CaseId caseId,
        Outcome outcome,
        Satisfaction satisfaction,
        String route,
        String note,
        Level resolutionLevel,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
