package org.fengqiao.command.cases.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;

/** The small checks every concern of the case makes of a command's values. */
public final class Require {

    /** Clocks of callers and servers differ a little; a business time this far ahead still counts as "now". */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private Require() {
    }

    /** @throws CaseRuleViolation {@code rule} when {@code value} is missing */
    public static void present(Object value, CaseRule rule) {
        if (value == null) {
            throw new CaseRuleViolation(rule);
        }
    }

    /** @throws CaseRuleViolation {@code rule} when {@code time} is missing or later than now (with the tolerance) */
    public static void pastOrPresent(Instant time, Clock clock, CaseRule rule) {
        if (time == null || time.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new CaseRuleViolation(rule);
        }
    }
}
