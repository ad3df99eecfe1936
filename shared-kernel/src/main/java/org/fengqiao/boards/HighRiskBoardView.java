package org.fengqiao.boards;

import java.util.List;
import org.fengqiao.cases.common.NodeCode;
import org.fengqiao.cases.common.Values;
import org.fengqiao.cases.query.CaseView;

/**
 * The high-risk board of a node: its open cases at HIGH or CRITICAL risk, critical first, then the most recently
 * received, with their level, leader, deadlines and police flag ({@link CaseView}; no personal data of residents).
 */
public record HighRiskBoardView(NodeCode node, List<CaseView> cases) {

    public HighRiskBoardView {
        cases = Values.listOf(cases);
    }
}
