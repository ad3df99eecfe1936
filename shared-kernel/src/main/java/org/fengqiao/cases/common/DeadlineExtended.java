package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * The one extension a handling limit allows (at most 30 days by default), with the reason told to the petitioner and
 * the head who approved it. The extended deadline gets the new id {@code deadlineId} and replaces
 * {@code replaces}.
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
        Actor actor) implements LifecycleEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DeadlineExtended[caseId=" + caseId + ", limit=" + limit + ", days=" + days + ", dueAt="
                + dueAt + ", remindAt=" + remindAt + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
