package org.fengqiao.command.timelimits;

/**
 * The payload of a scheduled supervision step: the end of the grace after an urging for a missed limit ({@code id}
 * is the missed deadline's id), or the feedback due time of a supervision order ({@code id} is the order's id). The
 * case ignores it when nothing waits for it any more (the limit's work was done, the feedback given, the case closed).
 */
public record SupervisionDue(String id, boolean feedback) {

    /** The one deadline name every supervision step is scheduled under. */
    public static final String DEADLINE_NAME = "case-supervision";
}
