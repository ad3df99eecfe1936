package org.fengqiao.cases.common;

/**
 * A rule violation as it crosses the command bus: the {@link CaseRule} code, its kind, the field and the rule text.
 * Serializable with the message serializer, so it survives Axon Server as well as the in-process bus.
 */
public record RuleViolationDetails(
        String code,
        String kind,
        String field,
        @NotPersonalData("the fixed description of a CaseRule") String description) {
}
