package org.fengqiao.command.web;

import org.fengqiao.cases.common.NotPersonalData;
import org.fengqiao.cases.common.UnitCode;

/** Body of {@code POST /api/{kind}/{caseId}/objection}: the objecting unit and its reasons. */
public record ObjectionRequest(
        UnitCode unit,
        @NotPersonalData("the unit's reason that the matter is outside its remit") String reason) {
}
