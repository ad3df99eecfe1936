package org.fengqiao.cases.common;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.Instant;
import java.util.List;

/**
 * Records a meeting held on a case: a joint meeting, a three-party meeting, a deliberation or a mediation session.
 * {@code heldAt} is the business time of the meeting.
 */
public record RecordMeeting(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        MeetingType type,
        Instant heldAt,
        @PersonalData(PersonalData.Kind.NAME) List<String> participants,
        @PersonalData String minutes,
        Actor actor) implements LifecycleCommand {

    public RecordMeeting {
        participants = Values.listOf(participants);
        minutes = Values.clean(minutes);
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RecordMeeting[caseId=" + caseId + "]";
    }

    /** The business time of this command is {@code heldAt}. */
    @Override
    public Instant occurredAt() {
        return heldAt;
    }

    @Override
    public String occurredAtField() {
        return "heldAt";
    }
}
