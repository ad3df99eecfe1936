package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/cases/{caseId}/confidentiality/lifting}: why the case is no longer confidential. */
public record LiftingRequest(@PersonalData String reason, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the reason: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "LiftingRequest[]";
    }
}
