package org.fengqiao.cases.status;

/** Where a case stands in its lifecycle. {@code ACCEPTED} applies to petitions only. */
public enum CaseStatus {
    RECEIVED,
    ACCEPTED,
    ASSIGNED,
    IN_PROGRESS,
    AGREED,
    REPLIED,
    CLOSED
}
