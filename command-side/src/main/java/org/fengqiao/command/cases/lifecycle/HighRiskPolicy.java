package org.fengqiao.command.cases.lifecycle;

import java.time.Duration;
import java.util.Objects;
import org.fengqiao.cases.value.UnitCode;

/**
 * What a case HIGH or CRITICAL at intake sets off (issue 15 part 6): dispatch at once to the sub-district's task force
 * ({@code fengqiao.high-risk.task-force-unit}, default {@code SH-TASKFORCE}) and a leader who owns it within
 * {@code fengqiao.high-risk.leader-within} (default 24 hours) of receipt, a {@code RISK_LEADER} time limit.
 */
public record HighRiskPolicy(UnitCode taskForce, Duration leaderWithin) {

    /** The dispatch's instructions: a fixed text, no resident's data. */
    static final String INSTRUCTIONS = "High risk at intake: sign for the case and name the leader who owns it.";

    public HighRiskPolicy {
        Objects.requireNonNull(taskForce, "taskForce");
        if (leaderWithin == null || leaderWithin.isNegative() || leaderWithin.isZero()) {
            throw new IllegalArgumentException("fengqiao.high-risk.leader-within must be positive");
        }
    }

    /** The defaults: the sample sub-district's task force, 24 hours. */
    public static HighRiskPolicy defaults() {
        return new HighRiskPolicy(new UnitCode("SH-TASKFORCE"), Duration.ofHours(24));
    }
}
