package org.fengqiao.command.web;

import org.fengqiao.cases.common.PersonalData;

/** Body of {@code POST /api/disputes/{caseId}/refusal}: which party refuses mediation, and why. */
public record RefusalRequest(@PersonalData String party, String reason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "RefusalRequest[]";
    }
}
