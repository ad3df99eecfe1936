package org.fengqiao.cases.value;

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

    /** The level one up; {@link #DISTRICT} is the highest level a case reaches here, so it is its own next. */
    public Level next() {
        return switch (this) {
            case GRID -> COMMUNITY;
            case COMMUNITY -> SUB_DISTRICT;
            case SUB_DISTRICT, DISTRICT -> DISTRICT;
        };
    }
}
