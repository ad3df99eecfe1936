package org.fengqiao.command.web;

import org.fengqiao.cases.common.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/notes}. */
public record NoteRequest(@PersonalData String text) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "NoteRequest[]";
    }
}
