package org.fengqiao.command.web;

import org.fengqiao.cases.common.PersonalData;

/** Body of {@code POST /api/petitions/{caseId}/review}: why the petitioner asks for review or re-review. */
public record ReviewRequest(@PersonalData String reason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "ReviewRequest[]";
    }
}
