package org.fengqiao.cases.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The range a business time sent by a caller may fall in: a case received, a meeting held, a reply served, a board
 * asked for as of, from 2000-01-01 up to (not including) 3000-01-01 UTC (far enough for a view "as of" any future
 * instant, which is the case as it is now). Outside it a value is a typing error or a
 * probe (year 0001, a negative epoch number, 1e300 seconds), and is refused as invalid input before it can reach a
 * case number, a calendar or a date computation. Whether a time may lie in the future is each rule's own business.
 */
public final class BusinessTime {

    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    /** What a refusal says about the field, never the value. */
    public static final String RANGE = "must lie between 2000-01-01 and 2999-12-31";

    private BusinessTime() {
    }

    public static boolean within(Instant time) {
        return !time.isBefore(EARLIEST) && time.isBefore(LATEST);
    }

    public static boolean within(LocalDate day) {
        return within(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
