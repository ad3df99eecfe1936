package org.fengqiao.command.web;

import org.fengqiao.cases.common.NotPersonalData;
import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.common.MeetingType;
import org.fengqiao.cases.common.PersonalData;

/** Body of {@code POST /api/{kind}/{caseId}/meetings}. */
public record MeetingRequest(
        MeetingType type,
        Instant heldAt,
        @PersonalData(PersonalData.Kind.NAME) List<String> participants,
        @PersonalData String minutes, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "MeetingRequest[type=" + type + ", heldAt=" + heldAt + "]";
    }
}
