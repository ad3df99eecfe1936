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
 * A co-handling unit reports its part of the handling (协办意见); issued by an officer of that unit.
 */
public record ReportContribution(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        UnitCode unit,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements DispatchCommand, DispatchUnitCommand {

    public ReportContribution {
        text = Values.clean(text);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReportContribution[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
