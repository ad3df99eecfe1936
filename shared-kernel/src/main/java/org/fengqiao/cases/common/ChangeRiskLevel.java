package org.fengqiao.cases.common;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.Instant;

/**
 * Changes the risk level of a case, with the reason.
 */
public record ChangeRiskLevel(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        RiskLevel level,
        String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public ChangeRiskLevel {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
