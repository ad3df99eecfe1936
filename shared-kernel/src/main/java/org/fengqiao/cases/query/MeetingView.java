package org.fengqiao.cases.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fengqiao.cases.lifecycle.MeetingDecision;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;

/**
 * One meeting as the case view shows it, without anyone's name or the texts: its type and time, how many took part
 * and on which sides ({@code sides}, empty for a meeting recorded without them), the units at the table, the unit that
 * convened it, how many decisions it took and the units that act on them.
 */
public record MeetingView(
        MeetingType type,
        Instant heldAt,
        int participants,
        Map<ParticipantSide, Integer> sides,
        List<UnitCode> units,
        UnitCode convener,
        int decisions,
        List<UnitCode> actingUnits) {

    public MeetingView {
        EnumMap<ParticipantSide, Integer> counts = new EnumMap<>(ParticipantSide.class);
        if (sides != null) {
            sides.forEach((side, n) -> {
                if (side != null && n != null && n > 0) {
                    counts.put(side, n);
                }
            });
        }
        sides = Collections.unmodifiableMap(counts);
        units = Values.listOf(units);
        actingUnits = Values.listOf(actingUnits);
    }

    /** The view of a meeting held; its time kept to the millisecond, like the case view's. */
    public static MeetingView of(MeetingHeld e) {
        Map<ParticipantSide, Integer> sides = new EnumMap<>(ParticipantSide.class);
        e.roles().forEach(role -> sides.merge(role.side(), 1, Integer::sum));
        return new MeetingView(e.type(), e.occurredAt() == null ? null : e.occurredAt().truncatedTo(ChronoUnit.MILLIS),
                e.participants().size(), sides,
                e.roles().stream().map(ParticipantRole::unit).filter(Objects::nonNull).distinct().toList(),
                e.convener(), e.decisions().size(),
                e.decisions().stream().map(MeetingDecision::unit).filter(Objects::nonNull).distinct().toList());
    }
}
