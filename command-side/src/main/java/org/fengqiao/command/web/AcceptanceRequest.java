package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/petitions/{caseId}/acceptance}. {@code accepted} is a {@code Boolean} so that a missing
 * value is rejected rather than read as "not accepted", which would close the petition.
 */
public record AcceptanceRequest(Boolean accepted, @PersonalData String reason, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "AcceptanceRequest[accepted=" + accepted + "]";
    }
}
