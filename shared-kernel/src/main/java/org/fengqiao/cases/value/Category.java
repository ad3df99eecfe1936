package org.fengqiao.cases.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a case is about. The constants are the shipped list; a deployment may use further upper-case codes, so this is
 * a value object rather than an enum.
 */
public record Category(@JsonValue String code) {

    private static final String PATTERN = "[A-Z][A-Z0-9_]{1,31}";

    public static final Category PROPERTY = new Category("PROPERTY");
    public static final Category NEIGHBOUR = new Category("NEIGHBOUR");
    public static final Category FAMILY = new Category("FAMILY");
    public static final Category LABOUR = new Category("LABOUR");
    public static final Category CONSTRUCTION = new Category("CONSTRUCTION");
    public static final Category LAND = new Category("LAND");
    public static final Category OTHER = new Category("OTHER");

    @JsonCreator
    public Category {
        code = Values.require(code, PATTERN, "category");
    }

    @Override
    public String toString() {
        return code;
    }
}
