package org.fengqiao.query.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the console shows them: in the deployment's zone, with the zone named, to the minute. */
public record ConsoleTimes(ZoneId zone) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone)) + " " + zone.getId();
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
