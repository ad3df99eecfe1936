package org.fengqiao.command.web;

import org.fengqiao.cases.common.UnitCode;

/** Body of {@code POST /api/{kind}/{caseId}/objection}: the objecting unit and its reasons. */
public record ObjectionRequest(UnitCode unit, String reason) {
}
