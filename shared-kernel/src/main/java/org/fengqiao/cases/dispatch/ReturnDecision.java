package org.fengqiao.cases.dispatch;

/** The dispatcher's answer to a unit's request to return a case. */
public enum ReturnDecision {
    /** The unit is off the case; the lead unit's return hands the case back to be dispatched again. */
    APPROVE,
    /** The unit must handle the case: it counts as signed for. */
    REFUSE
}
