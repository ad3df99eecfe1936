package org.fengqiao.cases.risk;

/**
 * Risk of a case; a threat of self-harm, a group of five or more petitioners or a repeat petition on a closed matter
 * is {@link #HIGH} or {@link #CRITICAL}, which sends the case to the sub-district at once (see {@link #isHigh()}).
 */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** High or critical: escalated to the sub-district, owned by a named leader, on the high-risk board. */
    public boolean isHigh() {
        return this == HIGH || this == CRITICAL;
    }
}
