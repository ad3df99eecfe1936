package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.value.Level;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/escalation}. */
public record EscalationRequest(Level toLevel, @PersonalData String reason, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "EscalationRequest[toLevel=" + toLevel + "]";
    }
}
