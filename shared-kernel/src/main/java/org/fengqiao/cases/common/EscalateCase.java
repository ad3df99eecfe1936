package org.fengqiao.cases.common;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.Instant;

/**
 * Escalates a case to a higher level (上报) with the reason; escalation goes upward only.
 */
public record EscalateCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        Level toLevel,
        String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public EscalateCase {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
