package org.fengqiao.command.web;

/** Body of {@code POST /api/{kind}/{caseId}/risk-leader}: the account of the leader who owns the case. */
public record RiskLeaderRequest(String leader) {
}
