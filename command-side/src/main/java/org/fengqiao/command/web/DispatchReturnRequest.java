package org.fengqiao.command.web;

import org.fengqiao.cases.dispatch.ReturnReason;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/dispatch/return}: the unit, its reason code and its reasons. */
public record DispatchReturnRequest(
        UnitCode unit,
        ReturnReason reasonCode,
        @PersonalData String text) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "DispatchReturnRequest[]";
    }
}
