package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A decision a meeting took (a joint meeting's 议定事项) and who acts on it: a handling unit ({@code unit}) or one of
 * the meeting's participants by name ({@code participant}); exactly one of the two. Its texts belong to the case's first
 * data subject, like the meeting's minutes.
 */
@PersonalData.OfTheCase
public record MeetingDecision(
        @PersonalData String text,
        UnitCode unit,
        @PersonalData(PersonalData.Kind.NAME) String participant) {

    public MeetingDecision {
        text = Values.clean(text);
        participant = Values.clean(participant);
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MeetingDecision[unit=" + unit + "]";
    }
}
