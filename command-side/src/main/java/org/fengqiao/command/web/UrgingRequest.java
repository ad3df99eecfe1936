package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/urging}: the words of the urging (催办). */
public record UrgingRequest(
        @PersonalData String text,
        Instant occurredAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "UrgingRequest[]";
    }
}
