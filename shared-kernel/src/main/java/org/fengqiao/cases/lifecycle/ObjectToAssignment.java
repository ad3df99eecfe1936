package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;

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
