package org.fengqiao.cases.risk;

import java.time.Instant;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * A named leader took ownership of a high-risk case (领导包案); timed check-ins ({@link TimeLimit#CHECK_IN}) start.
 * {@code leader} is an official's account name, not a resident's.
 */
public record RiskLeaderAssigned(
        CaseId caseId,
        @NotPersonalData("a staff account: the leader who owns the case") String leader,
        Instant occurredAt,
        Actor actor) implements RiskEvent {
}
