package org.fengqiao.command.web;

import org.fengqiao.cases.common.TimeLimit;

/** Body of {@code POST /api/{kind}/{caseId}/deadline-extension}: the limit (HANDLING), days, reason, approver. */
public record DeadlineExtensionRequest(TimeLimit limit, Integer days, String reason, String approver) {
}
