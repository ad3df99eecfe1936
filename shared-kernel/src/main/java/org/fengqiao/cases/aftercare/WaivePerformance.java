package org.fengqiao.cases.aftercare;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A supervisor's decision, with its reason, that the case may be closed as resolved although terms of its agreement
 * are not yet performed (e.g. a payment in instalments due after the case closes).
 */
public record WaivePerformance(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements AftercareCommand {

    public WaivePerformance {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "WaivePerformance[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor="
                + actor + "]";
    }
}
