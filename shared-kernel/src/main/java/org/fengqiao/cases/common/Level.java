package org.fengqiao.cases.common;

/**
 * The level a case is handled or resolved at, lowest first. Villages and communities share {@link #COMMUNITY}. A case
 * resolved at {@link #DISTRICT} has been passed up, which the Fengqiao principle counts as a failure.
 */
public enum Level {
    GRID,
    COMMUNITY,
    SUB_DISTRICT,
    DISTRICT;

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }
}
