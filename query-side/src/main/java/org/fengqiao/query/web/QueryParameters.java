package org.fengqiao.query.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fengqiao.cases.common.BusinessTime;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.query.common.QueryRejection;

/** Turns request parameters and path segments into query values, failing with the query API's problems. */
final class QueryParameters {

    private QueryParameters() {
    }

    /** A malformed id names no case, so it is answered like an unknown one: 404, not 400. */
    static CaseId caseId(String segment) {
        if (!CaseId.isValid(segment)) {
            throw QueryRejection.caseNotFound();
        }
        return new CaseId(segment);
    }

    static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryRejection.invalidValue(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A kernel value object, which refuses what it cannot hold. */
    static <T> T code(String field, String text, Function<String, T> constructor) {
        if (blank(text)) {
            return null;
        }
        try {
            return constructor.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw QueryRejection.invalidValue(field, "is invalid: " + e.getMessage());
        }
    }

    static Instant instant(String field, String text) {
        if (blank(text)) {
            return null;
        }
        Instant time;
        try {
            time = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw QueryRejection.invalidValue(field, "must be an ISO-8601 instant such as 2026-07-01T09:30:00Z");
        }
        if (!BusinessTime.within(time)) {
            throw QueryRejection.invalidValue(field, BusinessTime.RANGE);
        }
        return time;
    }

    static Boolean bool(String field, String text) {
        if (blank(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw QueryRejection.invalidValue(field, "must be true or false");
        };
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    static long number(String field, String text, long min, long max, long fallback) {
        if (blank(text)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like a number out of range
        }
        String range = max == Long.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
        throw QueryRejection.invalidValue(field, "must be a whole number " + range);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
