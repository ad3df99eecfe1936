package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records a meeting held on a case: a joint meeting, a three-party meeting, a deliberation or a mediation session.
 * {@code heldAt} is the business time of the meeting. Optionally typed (issue 16 part 8): {@code roles} gives each
 * participant's side and, for a unit, its code (the n-th role is the n-th participant's; empty: untyped, as before);
 * {@code convener}, the unit that called the meeting; {@code decisions}, what it decided and who acts on each.
 */
public record RecordMeeting(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        MeetingType type,
        Instant heldAt,
        @PersonalData(PersonalData.Kind.NAME) List<String> participants,
        @PersonalData String minutes,
        Actor actor,
        List<ParticipantRole> roles,
        UnitCode convener,
        @PersonalData List<MeetingDecision> decisions) implements LifecycleCommand {

    /** A meeting whose participants are names only. */
    public RecordMeeting(CaseId caseId, CaseKind kind, MeetingType type, Instant heldAt, List<String> participants,
            String minutes, Actor actor) {
        this(caseId, kind, type, heldAt, participants, minutes, actor, null, null, null);
    }

    public RecordMeeting {
        participants = Values.listOf(participants);
        roles = roles == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(roles));
        decisions = Values.listOf(decisions);
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
