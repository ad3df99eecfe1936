package org.fengqiao.cases.common;

/**
 * The time limits a case runs against. Lengths come from the command side's policy (defaults from the Regulations
 * on Petition Work and the People's Mediation Law); a case has at most one running limit of each kind.
 */
public enum TimeLimit {
    /** A petition's acceptance decision, 15 days from receipt. */
    ACCEPTANCE,
    /** Handling: a petition 60 days from acceptance, a dispute 30 days from receipt; extendable once. */
    HANDLING,
    /** The review opinion (复查), 30 days from the request. */
    REVIEW,
    /** The re-review opinion (复核), 30 days from the request. */
    RE_REVIEW,
    /** The next check-in of the leader who owns a high-risk case. */
    CHECK_IN,
    /**
     * A 12345 hotline work order's own limit, in working days up to the order's due date: set by the hotline's
     * order, so neither a hearing nor high risk moves it.
     */
    HOTLINE,
    /** A leader who owns a case that was HIGH or CRITICAL at intake, 24 hours from receipt (issue 15 part 6). */
    RISK_LEADER
}
