package org.fengqiao.command.web;

import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/dispatch/contribution}: the co-handling unit and its report. */
public record ContributionRequest(
        UnitCode unit,
        @PersonalData String text) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "ContributionRequest[]";
    }
}
