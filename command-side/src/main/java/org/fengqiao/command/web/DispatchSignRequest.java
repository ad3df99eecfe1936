package org.fengqiao.command.web;

import org.fengqiao.cases.value.UnitCode;

/** Body of {@code POST /api/{kind}/{caseId}/dispatch/sign}: the unit that signs for the case. */
public record DispatchSignRequest(
        UnitCode unit) {
}
