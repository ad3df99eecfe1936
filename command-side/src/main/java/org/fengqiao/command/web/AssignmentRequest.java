package org.fengqiao.command.web;

import org.fengqiao.cases.common.NotPersonalData;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.UnitCode;

/** Body of {@code POST /api/{kind}/{caseId}/assignment}. */
public record AssignmentRequest(
        UnitCode unit,
        @NotPersonalData("a staff account: the handling officer") String officer,
        @PersonalData String note) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "AssignmentRequest[unit=" + unit + "]";
    }
}
