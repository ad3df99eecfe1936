package org.fengqiao.command.web;

import org.fengqiao.cases.common.RiskLevel;

/**
 * Body of {@code POST /api/{kind}/{caseId}/risk}; a change to HIGH or CRITICAL states {@code policeInformed}.
 */
public record RiskRequest(RiskLevel level, String reason, Boolean policeInformed) {
}
