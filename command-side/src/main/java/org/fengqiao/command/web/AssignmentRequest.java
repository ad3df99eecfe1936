package org.fengqiao.command.web;

import org.fengqiao.cases.common.UnitCode;

/** Body of {@code POST /api/{kind}/{caseId}/assignment}. */
public record AssignmentRequest(UnitCode unit, String officer, String note) {
}
