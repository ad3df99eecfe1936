package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/assignment}. */
public record AssignmentRequest(
        UnitCode unit,
        @NotPersonalData("a staff account: the handling officer") String officer,
        @PersonalData String note, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "AssignmentRequest[unit=" + unit + "]";
    }
}
