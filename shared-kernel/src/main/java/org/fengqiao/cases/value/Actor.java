package org.fengqiao.cases.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Who issued a command: a user account or a system client (hotline, court, police). Recorded on every event; an
 * account name, never a resident's personal data.
 */
@NotPersonalData("an account name of staff or a system client; its pattern admits no resident's name")
public record Actor(@JsonValue String value) {

    private static final String PATTERN = "[A-Za-z0-9._@:-]{1,64}";

    public static final Actor ANONYMOUS = new Actor("anonymous");
    public static final Actor SYSTEM = new Actor("system");

    @JsonCreator
    public Actor {
        value = Values.require(value, PATTERN, "actor");
    }

    @Override
    public String toString() {
        return value;
    }
}
