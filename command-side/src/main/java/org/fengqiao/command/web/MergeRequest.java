package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/merge}: the primary case this duplicate merges into, and why. */
public record MergeRequest(
        String primaryId,
        @PersonalData String reason,
        Instant occurredAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "MergeRequest[primaryId=" + primaryId + "]";
    }
}
