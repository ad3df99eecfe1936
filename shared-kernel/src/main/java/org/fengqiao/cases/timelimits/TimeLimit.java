package org.fengqiao.cases.timelimits;

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
    RISK_LEADER,
    /**
     * The parties' window to apply jointly for judicial confirmation of their mediation agreement, 30 days from the day
     * it took effect (人民调解法 Art. 33): the parties' own, so it is not the unit's to meet (never urged, supervised
     * or counted overdue), neither a hearing nor high risk moves it, and the case's closure does not end it.
     */
    JUDICIAL_CONFIRMATION;

    /** Whether this is the parties' own window rather than a limit the handling unit has to meet. */
    public boolean isPartiesWindow() {
        return this == JUDICIAL_CONFIRMATION;
    }
}
