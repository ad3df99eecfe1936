package org.fengqiao.command.web;

import org.fengqiao.cases.common.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/check-ins}: the leader's note. */
public record CheckInRequest(@PersonalData String note) {

    /** Leaves out the note: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "CheckInRequest[]";
    }
}
