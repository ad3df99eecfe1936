package org.fengqiao.cases.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A node of the jurisdiction tree (sub-district, community, village or grid), e.g. {@code SH-GY-03}. */
public record NodeCode(@JsonValue String value) {

    private static final String PATTERN = "[A-Z][A-Z0-9-]{0,39}";

    @JsonCreator
    public NodeCode {
        value = Values.require(value == null ? null : value.toUpperCase(java.util.Locale.ROOT), PATTERN, "node code");
    }

    @Override
    public String toString() {
        return value;
    }
}
