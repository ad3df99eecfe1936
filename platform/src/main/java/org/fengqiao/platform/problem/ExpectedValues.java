package org.fengqiao.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What a value of a type looks like, in the words of a problem's {@code detail} ("page must be a whole number"): for
 * a request body field or a request parameter that could not be read as its type. Never the value that was sent,
 * which may be personal data.
 */
public final class ExpectedValues {

    private ExpectedValues() {
    }

    public static String of(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-07-01T09:30:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2026-07-30";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        // Ids and codes are single-value records that read from a bare JSON string.
        if (type == String.class || type.isRecord() && type.getRecordComponents().length == 1) {
            return "a string";
        }
        return "an object";
    }
}
