package org.fengqiao.query.boards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fengqiao.cases.common.CaseKind;

/**
 * What the boards are configured with: the time zone whose calendar days flows are counted in, the time limits behind
 * the overdue count, the longest window a query may ask for, and how often live updates are pushed at most.
 */
record BoardSettings(
        ZoneId zone,
        int petitionDays,
        int disputeDays,
        int defaultWindowDays,
        int maxWindowDays,
        Duration pushInterval,
        Clock clock) {

    static BoardSettings defaults(Clock clock) {
        return new BoardSettings(ZoneId.of("Asia/Shanghai"), 60, 30, 30, 400, Duration.ofMillis(200), clock);
    }

    int limitDays(CaseKind kind) {
        return kind == CaseKind.PETITION ? petitionDays : disputeDays;
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
