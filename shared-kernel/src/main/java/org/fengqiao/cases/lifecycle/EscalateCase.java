package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Escalates a case to a higher level (上报) with the reason; escalation goes upward only.
 */
public record EscalateCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        Level toLevel,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public EscalateCase {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "EscalateCase[caseId=" + caseId + ", kind=" + kind + ", toLevel=" + toLevel + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
