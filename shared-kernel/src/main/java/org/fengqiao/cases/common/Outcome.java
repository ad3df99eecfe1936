package org.fengqiao.cases.common;

/** How a case was closed (办结). */
public enum Outcome {
    RESOLVED,
    WITHDRAWN,
    NOT_ACCEPTED,
    MEDIATION_FAILED,
    REFERRED,
    /** A duplicate merged into its primary case (并案), which handles the matter. */
    MERGED
}
