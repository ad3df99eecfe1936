package org.fengqiao.cases.query;

import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;

/**
 * Asks for the open cases of a node that were dispatched ({@link CaseView#dispatch()} not {@code null}), at most
 * {@link #MAX_CASES}, oldest received first. Answered with a {@link CasePage}.
 *
 * @param node    a node of the jurisdiction tree; {@code null} for every node
 * @param pending a unit: only the cases that still owe that unit's answer ({@link DispatchView#pending()}: to sign,
 *                awaiting the decision on its return, or its report as a co-unit); {@code null} for every dispatched case
 * @param viewer  who asks: confidential cases it may not see are left out and counted as withheld; {@code null} for
 *                the system itself
 */
public record ListDispatchedCases(NodeCode node, UnitCode pending, CaseViewer viewer) {

    public static final int MAX_CASES = 1_000;
}
