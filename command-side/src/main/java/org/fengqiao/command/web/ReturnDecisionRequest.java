package org.fengqiao.command.web;

import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/dispatch/return/decision}: the unit, APPROVE or REFUSE, a reason. */
public record ReturnDecisionRequest(
        UnitCode unit,
        ReturnDecision decision,
        @PersonalData String reason) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "ReturnDecisionRequest[]";
    }
}
