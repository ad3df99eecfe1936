package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.aftercare.TermPerformance;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/performance}: how far term number {@code term} (from 1) was performed. */
public record PerformanceRequest(
        Integer term,
        TermPerformance status,
        @PersonalData String note,
        Instant occurredAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "PerformanceRequest[term=" + term + ", status=" + status + "]";
    }
}
