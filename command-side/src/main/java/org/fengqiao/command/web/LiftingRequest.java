package org.fengqiao.command.web;

import org.fengqiao.cases.common.PersonalData;

/** Body of {@code POST /api/cases/{caseId}/confidentiality/lifting}: why the case is no longer confidential. */
public record LiftingRequest(@PersonalData String reason) {

    /** Leaves out the reason: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "LiftingRequest[]";
    }
}
