package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;

/**
 * Records that a hearing on the case began; the running limits stop counting.
 */
public record StartHearing(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        Instant occurredAt,
        Actor actor) implements TimeLimitCommand {

    public StartHearing {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
