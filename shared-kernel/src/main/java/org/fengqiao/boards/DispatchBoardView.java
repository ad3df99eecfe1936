package org.fengqiao.boards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.DispatchStanding;
import org.fengqiao.cases.query.DispatchView;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;

/**
 * The dispatch board of a node (分流交办): per unit named in the dispatch of an open case, how many cases it has not
 * signed for ({@code unsigned}, of them {@code signOverdue} past the time to sign by), how many wait for the
 * dispatcher's decision on its return ({@code awaitingDecision}), how many it returned ({@code returned}, approved)
 * and how many still wait for its report as a co-unit ({@code contributionsOutstanding}); then {@code awaitingRedispatch},
 * the cases handed back by their lead unit and not yet dispatched again, and the cases themselves (open dispatched
 * cases, oldest received first; no personal data of residents). {@code withheld}: open dispatched cases of the node
 * that are confidential cases the caller may not see, left out of everything else.
 */
public record DispatchBoardView(NodeCode node, List<UnitFigures> units, int awaitingRedispatch, List<CaseView> cases,
        int withheld) {

    /** One unit's figures; units are listed by code. */
    public record UnitFigures(UnitCode unit, int unsigned, int signOverdue, int awaitingDecision, int returned,
            int contributionsOutstanding) {
    }

    public DispatchBoardView {
        units = Values.listOf(units);
        cases = Values.listOf(cases);
    }

    /** The board of these open dispatched cases, the figures counted from their {@link CaseView#dispatch()}. */
    public static DispatchBoardView of(NodeCode node, List<CaseView> cases, int withheld) {
        Map<String, int[]> counts = new TreeMap<>();
        int awaitingRedispatch = 0;
        for (CaseView view : cases) {
            DispatchView dispatch = view.dispatch();
            if (dispatch == null) {
                continue;
            }
            if (dispatch.awaitingRedispatch()) {
                awaitingRedispatch++;
            }
            dispatch.units().forEach((unit, standing) -> {
                int[] figures = counts.computeIfAbsent(unit.value(), code -> new int[5]);
                if (standing == DispatchStanding.TO_SIGN) {
                    figures[0]++;
                    if (dispatch.signOverdue().contains(unit)) {
                        figures[1]++;
                    }
                } else if (standing == DispatchStanding.RETURN_REQUESTED) {
                    figures[2]++;
                } else if (standing == DispatchStanding.RETURNED) {
                    figures[3]++;
                }
            });
            dispatch.contributionsOutstanding()
                    .forEach(unit -> counts.computeIfAbsent(unit.value(), code -> new int[5])[4]++);
        }
        List<UnitFigures> units = counts.entrySet().stream()
                .map(entry -> new UnitFigures(new UnitCode(entry.getKey()), entry.getValue()[0], entry.getValue()[1],
                        entry.getValue()[2], entry.getValue()[3], entry.getValue()[4]))
                .sorted(Comparator.comparing(figures -> figures.unit().value()))
                .toList();
        return new DispatchBoardView(node, units, awaitingRedispatch, cases, withheld);
    }
}
