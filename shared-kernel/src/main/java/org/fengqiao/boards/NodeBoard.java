package org.fengqiao.boards;

import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.NodeLevel;
import org.fengqiao.personaldata.NotPersonalData;

/** One line of a board's breakdown: a child node and its figures over the same window as the board. */
public record NodeBoard(
        NodeCode node,
        @NotPersonalData("a jurisdiction node's or unit's name: reference data") String name,
        NodeLevel level,
        BoardFigures figures) {
}
