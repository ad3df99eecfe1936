package org.fengqiao.cases.dispute;

/** A court's decision on a mediation agreement it was asked to confirm (人民调解法 Art. 33). */
public enum JudicialDecision {
    /** Confirmed valid: a party may apply to the court for enforcement if the other does not perform. */
    CONFIRMED,
    /**
     * Rejected (confirmed invalid or not confirmed): the parties may change the agreement or reach a new one by
     * mediation, or sue in court.
     */
    REJECTED
}
