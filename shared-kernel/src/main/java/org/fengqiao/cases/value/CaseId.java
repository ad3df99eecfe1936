package org.fengqiao.cases.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The stable identity of a case, petition or dispute alike: a UUID, so ids never collide across the two aggregate
 * types. Axon keys the event stream by {@link #toString()}, which is therefore the bare value.
 */
public record CaseId(@JsonValue String value) {

    private static final String PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @JsonCreator
    public CaseId {
        value = Values.require(value == null ? null : value.toLowerCase(java.util.Locale.ROOT), PATTERN, "case id");
    }

    public static CaseId generate() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /** Whether {@code text} would make a valid id; lets callers answer 404 instead of 400 for a malformed path id. */
    public static boolean isValid(String text) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
