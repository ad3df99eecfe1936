package org.fengqiao.cases.common;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The unit the case was assigned or transferred to objects that it is outside its remit, with reasons; within the policy's working days of the assignment.
 */
public record ObjectToAssignment(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        UnitCode unit,
        @NotPersonalData("the unit's reason that the matter is outside its remit") String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public ObjectToAssignment {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
