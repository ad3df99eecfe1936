package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.value.UnitCode;

/**
 * The side of one of a meeting's participants ({@link ParticipantSide}) and, for a unit, its code in the reference
 * data: the n-th role describes the meeting's n-th participant, whose name stays with the participants' names. Holds
 * no personal value.
 */
public record ParticipantRole(ParticipantSide side, UnitCode unit) {
}
