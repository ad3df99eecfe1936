package org.fengqiao.command.web;

import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/dispatch/contribution/waiver}: the co-unit and the reason. */
public record ContributionWaiverRequest(
        UnitCode unit,
        @PersonalData String reason) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "ContributionWaiverRequest[]";
    }
}
