package org.fengqiao.cases.risk;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Names the leader who owns a high or critical case (领导包案); starts the timed check-ins.
 */
public record AssignRiskLeader(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @NotPersonalData("a staff account: the leader who owns the case") String leader,
        Instant occurredAt,
        Actor actor) implements RiskCommand {

    public AssignRiskLeader {
        leader = Values.clean(leader);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
