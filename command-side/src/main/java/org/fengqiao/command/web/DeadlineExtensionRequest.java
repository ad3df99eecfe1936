package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/deadline-extension}: the limit (HANDLING), days, reason, approver. */
public record DeadlineExtensionRequest(
        TimeLimit limit,
        Integer days,
        @PersonalData String reason,
        @NotPersonalData("a staff account: the head who approved it") String approver, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "DeadlineExtensionRequest[limit=" + limit + ", days=" + days + "]";
    }
}
