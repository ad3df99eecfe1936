package org.fengqiao.command.web;

import org.fengqiao.cases.common.RiskLevel;

/** Body of {@code POST /api/{kind}/{caseId}/risk}. */
public record RiskRequest(RiskLevel level, String reason) {
}
