package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A meeting was held on a case. {@code occurredAt} is the time it was held. {@code roles}: each participant's side and,
 * for a unit, its code (the n-th role is the n-th participant's); empty for an untyped meeting and in events recorded
 * before sides existed. {@code convener}: the unit that called the meeting ({@code null}: not recorded).
 * {@code decisions}: what the meeting decided and who acts on each (empty: none recorded).
 */
public record MeetingHeld(
        CaseId caseId,
        MeetingType type,
        @PersonalData(PersonalData.Kind.NAME) List<String> participants,
        @PersonalData String minutes,
        Instant occurredAt,
        Actor actor,
        List<ParticipantRole> roles,
        UnitCode convener,
        @PersonalData List<MeetingDecision> decisions) implements LifecycleEvent {

    /** A meeting whose participants are names only. */
    public MeetingHeld(CaseId caseId, MeetingType type, List<String> participants, String minutes, Instant occurredAt,
            Actor actor) {
        this(caseId, type, participants, minutes, occurredAt, actor, null, null, null);
    }

    public MeetingHeld {
        participants = Values.listOf(participants);
        roles = Values.listOf(roles);
        decisions = Values.listOf(decisions);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MeetingHeld[caseId=" + caseId + "]";
    }
}
