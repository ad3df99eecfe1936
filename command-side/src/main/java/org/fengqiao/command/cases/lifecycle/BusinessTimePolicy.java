package org.fengqiao.command.cases.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.axonframework.messaging.MetaData;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;

/**
 * When a command's business time ({@link CaseCommand#occurredAt()}: what happened, which the caller may enter after
 * the fact) is acceptable: not in the future and not before the case's previous business time (each beyond the
 * tolerance for clocks apart), and not more than {@code maxBackdating} back unless the caller is a supervisor who gives a reason
 * ({@value #REASON} in the command's metadata). Time limits count from the business time; the recording time stays
 * the event store's. A command without a caller (the system's own) is not held to the backdating limit.
 *
 * @param maxBackdating how far back anyone but a supervisor may date what happened
 * @param tolerance     how far ahead of the clock, or behind the case's previous business time, a business time
 *                      may be (the clocks of callers' devices run apart)
 */
public record BusinessTimePolicy(Duration maxBackdating, Duration tolerance) {

    /** The metadata entry with a supervisor's reason for dating something further back. */
    public static final String REASON = "occurredAtReason";

    /** Refuses the command's business time when a rule above is broken, naming the command's own time field. */
    void check(CaseCommand command, Instant previous, MetaData metaData, Clock clock) {
        Instant at = command.occurredAt();
        if (at == null) {
            return;
        }
        String field = command.occurredAtField();
        Instant now = clock.instant();
        // a time of its own (receivedAt, heldAt, servedAt) is refused in the future by its handler, with its own code
        if (field.equals("occurredAt") && at.isAfter(now.plus(tolerance))) {
            throw new CaseRuleViolation(CaseRule.BUSINESS_TIME_IN_FUTURE, field);
        }
        Object caller = metaData.get(CallerScope.NAME);
        if (caller != null && at.isBefore(now.minus(maxBackdating))) {
            Object roles = metaData.get(CallerScope.ROLES);
            if (roles == null || !Arrays.asList(roles.toString().split(",")).contains("SUPERVISOR")) {
                throw new CaseRuleViolation(CaseRule.BUSINESS_TIME_TOO_FAR_BACK, field);
            }
            Object reason = metaData.get(REASON);
            if (reason == null || reason.toString().isBlank()) {
                throw new CaseRuleViolation(CaseRule.BACKDATING_REASON_REQUIRED);
            }
        }
        if (previous != null && at.isBefore(previous.minus(tolerance))) {
            throw new CaseRuleViolation(CaseRule.BUSINESS_TIME_BEFORE_PREVIOUS, field);
        }
    }
}
