package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A time limit started to run, or runs on with a new due time ({@code replaces} names the deadline it takes the place
 * of: after a hearing, or shortened because the case became high risk). Emitted by the case itself; {@code remindAt}
 * is when the case goes on the "due soon" list, {@code null} for limits without a reminder. Consumers may rely on
 * {@code deadlineId} being unique within the case. {@code calendarDegraded}: the due time was counted on weekdays
 * alone for some day no holiday file settled (a year whose notice was not yet installed), so it may be off by a
 * holiday; absent (false) in events recorded before the flag existed.
 */
public record DeadlineSet(
        CaseId caseId,
        String deadlineId,
        TimeLimit limit,
        Instant dueAt,
        Instant remindAt,
        String replaces,
        Instant occurredAt,
        Actor actor,
        boolean calendarDegraded) implements TimeLimitEvent {

    /** A deadline counted with every day settled by the holiday files, or one that counts no days (a check-in). */
    public DeadlineSet(CaseId caseId, String deadlineId, TimeLimit limit, Instant dueAt, Instant remindAt,
            String replaces, Instant occurredAt, Actor actor) {
        this(caseId, deadlineId, limit, dueAt, remindAt, replaces, occurredAt, actor, false);
    }
}
