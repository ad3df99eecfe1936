package org.fengqiao.cases.query;

import java.util.Locale;
import java.util.Objects;

/**
 * The order of a {@link ListCases} answer: a key and a direction, written {@code receivedAt,desc} in a request. Cases
 * that tie on the key are ordered by case id, so pages never overlap.
 */
public record CaseSort(Key key, Direction direction) {

    /** Newest received first, the default. */
    public static final CaseSort DEFAULT = new CaseSort(Key.RECEIVED_AT, Direction.DESC);

    /** What cases can be sorted by; {@link #field()} is the name used in requests and in the view. */
    public enum Key {
        RECEIVED_AT("receivedAt"),
        LAST_ACTIVITY_AT("lastActivityAt"),
        CASE_NUMBER("caseNumber");

        private final String field;

        Key(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Ascending or descending. */
    public enum Direction {
        ASC,
        DESC
    }

    public CaseSort {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
    }

    /**
     * Reads {@code key} or {@code key,direction}, e.g. {@code caseNumber,asc}; the direction defaults to ascending.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is not one of them
     */
    public static CaseSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.strip().split(",", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException(usage());
        }
        Key key = null;
        for (Key candidate : Key.values()) {
            if (candidate.field.equals(parts[0].strip())) {
                key = candidate;
            }
        }
        if (key == null) {
            throw new IllegalArgumentException(usage());
        }
        if (parts.length == 1) {
            return new CaseSort(key, Direction.ASC);
        }
        return switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> new CaseSort(key, Direction.ASC);
            case "desc" -> new CaseSort(key, Direction.DESC);
            default -> throw new IllegalArgumentException(usage());
        };
    }

    private static String usage() {
        return "sort must be receivedAt, lastActivityAt or caseNumber, optionally followed by ,asc or ,desc";
    }

    @Override
    public String toString() {
        return key.field + "," + direction.name().toLowerCase(Locale.ROOT);
    }
}
