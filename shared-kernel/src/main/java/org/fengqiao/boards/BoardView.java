package org.fengqiao.boards;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.jurisdiction.NodeLevel;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The status board of one node, the answer to {@link FindBoard}: the node's {@link BoardFigures} over the effective
 * window [{@code from}, {@code to}) (whole days in the deployment's time zone), computed at {@code asOf} (the
 * reference time of the overdue count), and in {@code breakdown} the same figures for each child node one level down,
 * in the order of the jurisdiction tree. A grid has no children, so its breakdown is empty.
 *
 * <p>The figures of a node cover its whole subtree, so each count of the node equals the sum of that count over the
 * breakdown.
 */
public record BoardView(
        NodeCode node,
        @NotPersonalData("a jurisdiction node's or unit's name: reference data") String name,
        NodeLevel level,
        Instant from,
        Instant to,
        Instant asOf,
        BoardFigures figures,
        List<NodeBoard> breakdown) {

    public BoardView {
        breakdown = Values.listOf(breakdown);
    }
}
