package org.fengqiao.query.caseview;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.query.MeetingView;
import org.fengqiao.cases.value.UnitCode;

/** How a case view's {@link MeetingView} is stored inside its {@link CaseViewDocument}: plain strings and numbers. */
record MeetingDocument(
        String type,
        Instant heldAt,
        int participants,
        Map<String, Integer> sides,
        List<String> units,
        String convener,
        int decisions,
        List<String> actingUnits) {

    static MeetingDocument of(MeetingView view) {
        Map<String, Integer> sides = new java.util.TreeMap<>();
        view.sides().forEach((side, n) -> sides.put(side.name(), n));
        return new MeetingDocument(view.type() == null ? null : view.type().name(), view.heldAt(),
                view.participants(), sides, view.units().stream().map(UnitCode::value).toList(),
                view.convener() == null ? null : view.convener().value(), view.decisions(),
                view.actingUnits().stream().map(UnitCode::value).toList());
    }

    MeetingView toView() {
        Map<ParticipantSide, Integer> bySide = new EnumMap<>(ParticipantSide.class);
        if (sides != null) {
            sides.forEach((side, n) -> bySide.put(ParticipantSide.valueOf(side), n));
        }
        return new MeetingView(type == null ? null : MeetingType.valueOf(type), heldAt, participants, bySide,
                units == null ? List.of() : units.stream().map(UnitCode::new).toList(),
                convener == null ? null : new UnitCode(convener), decisions,
                actingUnits == null ? List.of() : actingUnits.stream().map(UnitCode::new).toList());
    }
}
