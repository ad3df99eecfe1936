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
 * A unit named in the dispatch asks to return the case (退回) instead of signing for it, with a reason code
 * and its reasons in words; the dispatcher decides.
 */
public record RequestDispatchReturn(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        UnitCode unit,
        ReturnReason reasonCode,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements DispatchCommand, DispatchUnitCommand {

    public RequestDispatchReturn {
        text = Values.clean(text);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RequestDispatchReturn[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
