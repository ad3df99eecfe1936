package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.aftercare.FollowUpMethod;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/follow-ups}: who was contacted (a person or a group's representative), how,
 * their satisfaction, whether the matter was performed (optional) and a note.
 */
public record FollowUpRequest(
        @PersonalData(PersonalData.Kind.NAME) String contacted,
        FollowUpMethod method,
        Satisfaction satisfaction,
        Boolean performed,
        @PersonalData String note,
        Instant occurredAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "FollowUpRequest[method=" + method + ", satisfaction=" + satisfaction + ", performed=" + performed + "]";
    }
}
