package org.fengqiao.cases.common;

import java.time.Instant;
import java.util.List;

/**
 * A meeting was held on a case. {@code occurredAt} is the time it was held.
 */
public record MeetingHeld(
        CaseId caseId,
        MeetingType type,
        @PersonalData(PersonalData.Kind.NAME) List<String> participants,
        @PersonalData String minutes,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    public MeetingHeld {
        participants = Values.listOf(participants);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MeetingHeld[caseId=" + caseId + "]";
    }
}
