package org.fengqiao.cases.dispatch;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Dispatches a case (分流交办) to a lead unit and optional co-handling units (协办), with the dispatcher's
 * instructions; each unit signs for it by {@code signBy}, or by the policy's sign-for window (1 working day) when absent.
 * Issued by a supervisor of the case's node.
 */
public record DispatchCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        UnitCode leadUnit,
        List<UnitCode> coUnits,
        @PersonalData String instructions,
        Instant signBy,
        Instant occurredAt,
        Actor actor) implements DispatchCommand {

    public DispatchCase {
        coUnits = Values.listOf(coUnits);
        instructions = Values.clean(instructions);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DispatchCase[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
