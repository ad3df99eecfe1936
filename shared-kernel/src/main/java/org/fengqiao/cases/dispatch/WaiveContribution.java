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
 * The dispatcher waives a co-handling unit's report, so the lead unit may close without it, with a reason.
 */
public record WaiveContribution(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        UnitCode unit,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements DispatchCommand {

    public WaiveContribution {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "WaiveContribution[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
