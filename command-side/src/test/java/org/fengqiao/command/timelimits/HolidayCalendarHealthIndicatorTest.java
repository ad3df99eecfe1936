package org.fengqiao.command.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.fengqiao.command.cases.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** {@code holidayCalendar} is DEGRADED exactly when a limit set today may reach a day no holiday file settles. */
class HolidayCalendarHealthIndicatorTest {

    private static Health on(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
        return new HolidayCalendarHealthIndicator(CaseFixtures.POLICY, clock).health();
    }

    @Test
    void up_while_the_longest_limit_with_its_extension_stays_within_the_files() {
        // 1 July 2026 + 90 days = 29 September 2026
        Health health = on("2026-07-01T02:00:00Z");

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("checkedUntil", "2026-09-29").doesNotContainKey("unsettledFrom");
        assertThat(health.getDetails().get("years").toString()).contains("2026=").contains("4 November 2025");
    }

    @Test
    void degraded_once_a_limit_set_today_may_reach_the_last_week_of_december_or_a_year_without_a_file() {
        Health october = on("2026-10-01T02:00:00Z");
        assertThat(october.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(october.getDetails()).containsEntry("unsettledFrom", "2026-12-25");

        Health december = on("2026-12-03T02:00:00Z");
        assertThat(december.getStatus().getCode()).isEqualTo("DEGRADED");
    }
}
