package org.fengqiao.query.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.fengqiao.cases.value.BusinessTime;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.platform.problem.ExpectedValues;

/**
 * Checks request parameters and path segments beyond their type (ranges, business times, case ids), failing with the
 * query API's problems; and reads the few parameters that still arrive as text.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A malformed id names no case, so it is answered like an unknown one: 404, not 400. */
    public static CaseId caseId(String segment) {
        if (!CaseId.isValid(segment)) {
            throw QueryRejection.caseNotFound();
        }
        return new CaseId(segment);
    }

    /** A time a case can hold (2000 to 2099), or null when absent. */
    public static Instant businessTime(String field, Instant time) {
        if (time != null && !BusinessTime.within(time)) {
            throw QueryRejection.invalidValue(field, BusinessTime.RANGE);
        }
        return time;
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    public static long range(String field, Long value, long min, long max, long fallback) {
        if (value == null) {
            return fallback;
        }
        if (value >= min && value <= max) {
            return value;
        }
        throw notInRange(field, min, max);
    }

    public static Instant instant(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return businessTime(field, Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw QueryRejection.invalidValue(field, "must be " + ExpectedValues.of(Instant.class));
        }
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    public static long number(String field, String text, long min, long max, long fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return range(field, Long.parseLong(text.strip()), min, max, fallback);
        } catch (NumberFormatException e) {
            throw notInRange(field, min, max);
        }
    }

    private static QueryRejection notInRange(String field, long min, long max) {
        String range = max == Long.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
        return QueryRejection.invalidValue(field, "must be a whole number " + range);
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
