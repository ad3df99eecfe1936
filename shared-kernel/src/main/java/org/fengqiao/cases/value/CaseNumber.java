package org.fengqiao.cases.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The human-readable number of a case, unique per sub-district and year and never reused, e.g. {@code SH-2026-000042}:
 * the sub-district's code, the year of receipt in the sub-district's time zone, and a six-digit running number.
 */
public record CaseNumber(@JsonValue String value) {

    private static final String PATTERN = "[A-Z][A-Z0-9]{0,11}-\\d{4}-\\d{6,9}";

    @JsonCreator
    public CaseNumber {
        value = Values.require(value, PATTERN, "case number");
    }

    public static CaseNumber of(String subDistrictCode, int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("case number sequence starts at 1");
        }
        return new CaseNumber("%s-%04d-%06d".formatted(subDistrictCode, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
