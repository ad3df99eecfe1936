package org.fengqiao.command.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.fengqiao.cases.lifecycle.MeetingDecision;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/{kind}/{caseId}/meetings}. {@code participants}: names, or typed participants with their side
 * and unit ({@link MeetingParticipantRequest}); the fields after {@code occurredAtReason} are optional and came later:
 * {@code convener}, the unit that called the meeting, and {@code decisions}, what it decided and who acts on each.
 */
public record MeetingRequest(
        MeetingType type,
        Instant heldAt,
        @PersonalData(PersonalData.Kind.NAME) List<MeetingParticipantRequest> participants,
        @PersonalData String minutes,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason,
        UnitCode convener,
        List<MeetingDecision> decisions) {

    /** The participants' names in order (an absent entry is left out, as before). */
    List<String> names() {
        return participants == null ? List.of()
                : participants.stream().filter(Objects::nonNull).map(MeetingParticipantRequest::name).toList();
    }

    /**
     * Each participant's side and unit, in the order of {@link #names()}; empty when none is typed. An absent entry
     * among typed ones has no role, which the case refuses.
     */
    List<ParticipantRole> roles() {
        if (participants == null || participants.stream().noneMatch(p -> p != null && p.typed())) {
            return List.of();
        }
        return participants.stream().map(p -> p == null ? null : new ParticipantRole(p.side(), p.unit())).toList();
    }

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "MeetingRequest[type=" + type + ", heldAt=" + heldAt + "]";
    }
}
