package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/risk-leader}: the account of the leader who owns the case. */
public record RiskLeaderRequest(@NotPersonalData("a staff account: the leader who owns the case") String leader, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {
}
