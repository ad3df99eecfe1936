package org.fengqiao.query.boards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the boards are configured with: the time zone whose calendar days flows are counted in, the longest window a query may ask for, and how often live updates are pushed at most.
 */
record BoardSettings(
        ZoneId zone,
        int defaultWindowDays,
        int maxWindowDays,
        Duration pushInterval,
        Clock clock) {

    static BoardSettings defaults(Clock clock) {
        return new BoardSettings(ZoneId.of("Asia/Shanghai"), 30, 400, Duration.ofMillis(200), clock);
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
