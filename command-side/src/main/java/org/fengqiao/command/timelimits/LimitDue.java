package org.fengqiao.command.timelimits;

/**
 * The payload of a scheduled deadline: which deadline of the case fires, and whether it is the reminder before it or
 * the due time itself. The case ignores it when that deadline no longer runs (met, missed, replaced, suspended).
 */
public record LimitDue(String deadlineId, boolean reminder) {

    /** The one deadline name every case deadline is scheduled under. */
    public static final String DEADLINE_NAME = "case-time-limit";
}
