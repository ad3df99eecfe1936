package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/risk}; a change to HIGH or CRITICAL states {@code policeInformed}.
 */
public record RiskRequest(RiskLevel level, @PersonalData(sensitive = true) String reason, Boolean policeInformed, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "RiskRequest[level=" + level + ", policeInformed=" + policeInformed + "]";
    }
}
