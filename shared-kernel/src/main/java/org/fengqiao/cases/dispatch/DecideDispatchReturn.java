package org.fengqiao.cases.dispatch;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * The dispatcher decides a unit's request to return the case: approved, the unit is off the case (the lead
 * unit's return hands the whole case back to be dispatched again); refused, the unit must handle it.
 */
public record DecideDispatchReturn(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        UnitCode unit,
        ReturnDecision decision,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements DispatchCommand {

    public DecideDispatchReturn {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DecideDispatchReturn[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
