package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/** A hearing (听证) on the case began; its running limits are suspended while it lasts. */
public record HearingStarted(
        CaseId caseId,
        Instant occurredAt,
        Actor actor) implements TimeLimitEvent {
}
