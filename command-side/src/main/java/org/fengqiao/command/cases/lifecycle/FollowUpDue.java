package org.fengqiao.command.cases.lifecycle;

import java.time.Instant;

/**
 * The payload of the deadline of a closure's follow-up: which closure of the case (counted from 1; a case reopened and
 * closed again has a second) and when its follow-up was due. The case ignores it once that closure was followed up.
 */
public record FollowUpDue(int closure, Instant dueAt) {

    /** The one deadline name every follow-up deadline is scheduled under. */
    public static final String DEADLINE_NAME = "follow-up";
}
