package org.fengqiao.cases.common;

/** A command broke a {@link CaseRule}; the case is unchanged and no event was appended. */
public class CaseRuleViolation extends RuntimeException {

    private final CaseRule rule;

    public CaseRuleViolation(CaseRule rule) {
        super(rule.name() + ": " + rule.description(), null, false, false);
        this.rule = rule;
    }

    public CaseRule rule() {
        return rule;
    }

    /** The form in which a violation crosses the command bus (Axon's {@code CommandExecutionException} details). */
    public RuleViolationDetails details() {
        return new RuleViolationDetails(rule.name(), rule.kind().name(), rule.field(), rule.description());
    }
}
