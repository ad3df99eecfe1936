package org.fengqiao.command.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * One participant of a meeting in {@link MeetingRequest}: a name, as before ({@code "王芳"}), or a typed participant
 * with its side and, for a unit, the unit code ({@code {"name":"富力物业","side":"UNIT","unit":"SH-FL-PROPERTY"}}).
 */
public record MeetingParticipantRequest(
        @PersonalData(PersonalData.Kind.NAME) String name,
        ParticipantSide side,
        UnitCode unit) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public MeetingParticipantRequest {
    }

    /** A participant given by name only, as meetings were recorded before sides existed. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static MeetingParticipantRequest named(String name) {
        return new MeetingParticipantRequest(name, null, null);
    }

    boolean typed() {
        return side != null || unit != null;
    }

    /** Leaves out the name: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "MeetingParticipantRequest[side=" + side + ", unit=" + unit + "]";
    }
}
