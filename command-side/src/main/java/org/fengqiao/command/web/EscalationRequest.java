package org.fengqiao.command.web;

import org.fengqiao.cases.common.Level;

/** Body of {@code POST /api/{kind}/{caseId}/escalation}. */
public record EscalationRequest(Level toLevel, String reason) {
}
