package org.fengqiao.command.timelimits;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a missed limit is chased ({@code fengqiao.supervision.*}): the urging (催办) comes at the limit; a supervision
 * order (督办) follows {@code graceWorkingDays} working days after the limit's last day when what it waited for is
 * still not done; the unit's written feedback on an order is due {@code feedbackWorkingDays} working days after the
 * order's day. Both counted as the policy counts working days (holidays skipped, make-up days counted), each ending
 * at 24:00 of its last day.
 *
 * @param graceWorkingDays    working days after a missed limit before the supervision order
 * @param feedbackWorkingDays working days after an order for the unit's written feedback, unless the order says
 */
@ConfigurationProperties("fengqiao.supervision")
public record SupervisionSettings(Integer graceWorkingDays, Integer feedbackWorkingDays) {

    public SupervisionSettings {
        graceWorkingDays = positive(graceWorkingDays, 2, "grace-working-days");
        feedbackWorkingDays = positive(feedbackWorkingDays, 5, "feedback-working-days");
    }

    /** Every setting at its default. */
    public static SupervisionSettings defaults() {
        return new SupervisionSettings(null, null);
    }

    /** When a limit due at {@code dueAt} (24:00 of its last day), still unmet, is put under a supervision order. */
    public LimitEnd superviseAt(TimeLimitPolicy policy, Instant dueAt) {
        return policy.afterWorkingDays(dueAt.minusNanos(1), graceWorkingDays);
    }

    /** When the feedback on an order made at {@code orderedAt} is due: counted from the order's day. */
    public LimitEnd feedbackDue(TimeLimitPolicy policy, Instant orderedAt) {
        return policy.afterWorkingDays(orderedAt.minusNanos(1), feedbackWorkingDays);
    }

    private static int positive(Integer value, int fallback, String name) {
        int result = value == null ? fallback : value;
        if (result < 1) {
            throw new IllegalArgumentException("fengqiao.supervision." + name + " must be at least 1");
        }
        return result;
    }
}
