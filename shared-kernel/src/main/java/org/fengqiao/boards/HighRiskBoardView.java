package org.fengqiao.boards;

import java.util.List;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Values;

/**
 * The high-risk board of a node: its open cases at HIGH or CRITICAL risk, critical first, then the most recently
 * received, with their level, leader, deadlines and police flag ({@link CaseView}; no personal data of residents).
 * {@code withheld}: how many more open high-risk cases of the node are confidential cases the caller may not see,
 * left out of {@code cases}.
 */
public record HighRiskBoardView(NodeCode node, List<CaseView> cases, int withheld) {

    /** Nothing withheld. */
    public HighRiskBoardView(NodeCode node, List<CaseView> cases) {
        this(node, cases, 0);
    }

    public HighRiskBoardView {
        cases = Values.listOf(cases);
    }
}
