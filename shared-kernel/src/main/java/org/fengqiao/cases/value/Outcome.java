package org.fengqiao.cases.value;

/** How a case was closed (办结). */
public enum Outcome {
    RESOLVED,
    WITHDRAWN,
    NOT_ACCEPTED,
    MEDIATION_FAILED,
    REFERRED,
    /** A duplicate merged into its primary case (并案), which handles the matter. */
    MERGED;

    /**
     * Whether a closure with this outcome calls for a follow-up visit (回访): the case was handled (resolved, mediation
     * failed, referred), not withdrawn, turned away or merged into its primary case.
     */
    public boolean followedUp() {
        return this == RESOLVED || this == MEDIATION_FAILED || this == REFERRED;
    }
}
