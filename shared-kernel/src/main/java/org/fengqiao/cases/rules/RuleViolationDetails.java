package org.fengqiao.cases.rules;

import org.fengqiao.personaldata.NotPersonalData;

/**
 * A rule violation as it crosses the command bus: the {@link CaseRule} code, its kind, the field, the rule text and,
 * for a rule that time lifts (a retention period), the instant from which the command is possible (ISO-8601).
 * Serializable with the message serializer, so it survives Axon Server as well as the in-process bus.
 */
public record RuleViolationDetails(
        String code,
        String kind,
        String field,
        @NotPersonalData("the fixed description of a CaseRule") String description,
        String possibleFrom) {

    /** A violation that no time will lift. */
    public RuleViolationDetails(String code, String kind, String field, String description) {
        this(code, kind, field, description, null);
    }
}
