package org.fengqiao.cases.common;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Extends a running limit once (HANDLING only), by at most the policy's days, with the reason told to the petitioner and the head who approved it.
 */
public record ExtendDeadline(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        TimeLimit limit,
        int days,
        String reason,
        String approver,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public ExtendDeadline {
        reason = Values.clean(reason);
        approver = Values.clean(approver);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
