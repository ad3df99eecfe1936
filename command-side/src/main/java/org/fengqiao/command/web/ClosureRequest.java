package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/closure}. */
public record ClosureRequest(
        Outcome outcome,
        Satisfaction satisfaction,
        @PersonalData String note,
        @NotPersonalData("the route the parties were told: arbitration, court, another body") String route, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "ClosureRequest[outcome=" + outcome + ", satisfaction=" + satisfaction + "]";
    }
}
