package org.fengqiao.command.web;

import java.time.LocalDate;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/hotline-extension}: the due date asked of the 12345 hotline, and why. */
public record HotlineExtensionRequest(
        LocalDate dueDate,
        @PersonalData String reason) {

    /** Leaves out the reasons, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "HotlineExtensionRequest[dueDate=" + dueDate + "]";
    }
}
