package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/objection}: the objecting unit and its reasons. */
public record ObjectionRequest(
        UnitCode unit,
        @NotPersonalData("the unit's reason that the matter is outside its remit") String reason, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {
}
