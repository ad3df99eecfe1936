package org.fengqiao.command.timelimits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code holidayCalendar} on the health endpoint: UP while the holiday files settle every day a limit set today can
 * reach (the longest limit with its extension); {@code DEGRADED} when they do not, because limits reaching such a day
 * are counted on weekdays and flagged on their cases until the next year's file is installed. The application serves
 * on either way: the overall status ignores DEGRADED, which is not in Spring Boot's status order.
 */
class HolidayCalendarHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a limit set today may reach a day no holiday file settles");

    private final TimeLimitPolicy policy;
    private final Clock clock;

    HolidayCalendarHealthIndicator(TimeLimitPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        LocalDate today = policy.day(clock.instant());
        LocalDate horizon = today.plusDays(policy.horizonDays());
        Optional<LocalDate> unsettled = policy.calendar().firstUnsettled(today, horizon);
        builder.status(unsettled.isPresent() ? DEGRADED : Status.UP)
                .withDetail("years", policy.calendar().sources())
                .withDetail("checkedUntil", horizon.toString());
        unsettled.ifPresent(day -> builder.withDetail("unsettledFrom", day.toString()));
    }
}
