package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * The one extension a handling limit allows (at most 30 days by default), with the reason told to the petitioner and
 * the head who approved it. The extended deadline gets the new id {@code deadlineId} and replaces
 * {@code replaces}. {@code calendarDegraded} as on {@link DeadlineSet}.
 */
public record DeadlineExtended(
        CaseId caseId,
        String deadlineId,
        String replaces,
        TimeLimit limit,
        int days,
        Instant dueAt,
        Instant remindAt,
        @PersonalData String reason,
        @NotPersonalData("a staff account: the head who approved it") String approver,
        Instant occurredAt,
        Actor actor,
        boolean calendarDegraded) implements TimeLimitEvent {

    /** An extension counted with every day settled by the holiday files. */
    public DeadlineExtended(CaseId caseId, String deadlineId, String replaces, TimeLimit limit, int days,
            Instant dueAt, Instant remindAt, String reason, String approver, Instant occurredAt, Actor actor) {
        this(caseId, deadlineId, replaces, limit, days, dueAt, remindAt, reason, approver, occurredAt, actor, false);
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DeadlineExtended[caseId=" + caseId + ", limit=" + limit + ", days=" + days + ", dueAt="
                + dueAt + ", remindAt=" + remindAt + ", occurredAt=" + occurredAt + ", actor=" + actor
                + ", calendarDegraded=" + calendarDegraded + "]";
    }
}
