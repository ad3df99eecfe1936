package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/supervision}: the words of a listed supervision (挂牌督办) and, optionally,
 * when the unit's written feedback is due (default: the policy's working days).
 */
public record SupervisionRequest(
        @PersonalData String text,
        Instant feedbackBy,
        Instant occurredAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason) {

    /** Leaves out the free text, sealed as personal data: Spring logs request bodies by their {@code toString()}. */
    @Override
    public String toString() {
        return "SupervisionRequest[feedbackBy=" + feedbackBy + "]";
    }
}
