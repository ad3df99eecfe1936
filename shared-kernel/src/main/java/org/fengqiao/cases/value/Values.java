package org.fengqiao.cases.value;

import java.util.List;

/** Small null-safe helpers for value objects and messages; structural checks only, business rules live in the aggregates. */
public final class Values {

    private Values() {
    }

    /** Trims text; blank text becomes {@code null} so that "missing" has one representation. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean isBlank(String text) {
        return clean(text) == null;
    }

    /** An immutable copy; {@code null} becomes an empty list and null elements are dropped. */
    public static <T> List<T> listOf(List<T> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Names as given, each stripped, blanks dropped; {@code null} becomes an empty list. */
    public static List<String> names(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream().map(Values::clean).filter(java.util.Objects::nonNull).toList();
    }

    /** Requires a value that matches {@code pattern}; used by ids and codes. */
    public static String require(String value, String pattern, String what) {
        String cleaned = clean(value);
        if (cleaned == null || !cleaned.matches(pattern)) {
            throw new IllegalArgumentException(what + " must match " + pattern);
        }
        return cleaned;
    }
}
