package org.fengqiao.cases.rules;

import java.time.Instant;

/** A command broke a {@link CaseRule}; the case is unchanged and no event was appended. */
public class CaseRuleViolation extends RuntimeException {

    private final CaseRule rule;
    private final String field;
    private final Instant possibleFrom;

    public CaseRuleViolation(CaseRule rule) {
        this(rule, rule.field());
    }

    /** A violation of a rule that concerns whichever request field {@code field} is (a business time's, say). */
    public CaseRuleViolation(CaseRule rule, String field) {
        this(rule, field, null);
    }

    /** A violation that time lifts: the command becomes possible at {@code possibleFrom}. */
    public CaseRuleViolation(CaseRule rule, Instant possibleFrom) {
        this(rule, rule.field(), possibleFrom);
    }

    private CaseRuleViolation(CaseRule rule, String field, Instant possibleFrom) {
        super(rule.name() + ": " + rule.description(), null, false, false);
        this.rule = rule;
        this.field = field;
        this.possibleFrom = possibleFrom;
    }

    public CaseRule rule() {
        return rule;
    }

    /** The form in which a violation crosses the command bus (Axon's {@code CommandExecutionException} details). */
    public RuleViolationDetails details() {
        return new RuleViolationDetails(rule.name(), rule.kind().name(), field, rule.description(),
                possibleFrom == null ? null : possibleFrom.toString());
    }
}
