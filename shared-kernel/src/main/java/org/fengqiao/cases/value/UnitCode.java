package org.fengqiao.cases.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A handling unit (a community committee, the mediation task force, the judge workstation...), e.g. {@code SH-TASKFORCE}. */
public record UnitCode(@JsonValue String value) {

    private static final String PATTERN = "[A-Z][A-Z0-9-]{0,39}";

    @JsonCreator
    public UnitCode {
        value = Values.require(value == null ? null : value.toUpperCase(java.util.Locale.ROOT), PATTERN, "unit code");
    }

    @Override
    public String toString() {
        return value;
    }
}
