package org.fengqiao.query.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.fengqiao.query.common.LocalTimes;

/** Times as the console shows them: in the deployment's zone, with the zone named, to the minute. */
public record ConsoleTimes(ZoneId zone) {

    public String format(Instant instant) {
        return LocalTimes.format(instant, zone);
    }

    public String date(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    /** Whole days and hours from now until {@code due}; negative when it is past. */
    public String left(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), due);
        String sign = left.isNegative() ? "-" : "";
        left = left.abs();
        return sign + left.toDays() + "d " + left.toHoursPart() + "h";
    }
}
