package org.fengqiao.cases.risk;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Changes the risk level of a case, with the reason; a change to HIGH or CRITICAL states whether the police were
 * informed.
 */
public record ChangeRiskLevel(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        RiskLevel level,
        @PersonalData(sensitive = true) String reason,
        Instant occurredAt,
        Actor actor,
        Boolean policeInformed) implements RiskCommand {

    public ChangeRiskLevel(CaseId caseId, CaseKind kind, RiskLevel level, String reason, Instant occurredAt,
            Actor actor) {
        this(caseId, kind, level, reason, occurredAt, actor, null);
    }

    public ChangeRiskLevel {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ChangeRiskLevel[caseId=" + caseId + ", kind=" + kind + ", level=" + level + ", occurredAt="
                + occurredAt + ", actor=" + actor + ", policeInformed=" + policeInformed + "]";
    }
}
