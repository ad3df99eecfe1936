package org.fengqiao.query.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as people read them on pages and in the dossier: in the deployment's zone, to the minute, the zone named. */
public final class LocalTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private LocalTimes() {
    }

    /** {@code 2026-07-01 10:00 +08:00 Asia/Shanghai}; empty for no time. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone)) + " " + zone.getId();
    }
}
