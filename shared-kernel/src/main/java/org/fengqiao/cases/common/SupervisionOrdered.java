package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A supervision order (督办) by the level above ({@code byLevel}) to the unit responsible for the case, which gives
 * its written feedback by {@code feedbackDue}. Ordered by the system when an urged limit is still unmet after the
 * grace (it then names the missed deadline and limit), or by a supervisor by hand as a listed supervision (挂牌督办,
 * {@code listed}) with the order's words. The order stays open until the feedback; the case's level does not change.
 * {@code calendarDegraded}: {@code feedbackDue} was counted on weekdays alone for a day no holiday file settled.
 */
public record SupervisionOrdered(
        CaseId caseId,
        String orderId,
        String deadlineId,
        TimeLimit limit,
        UnitCode unit,
        Level byLevel,
        boolean listed,
        @PersonalData String text,
        Instant feedbackDue,
        boolean calendarDegraded,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "SupervisionOrdered[caseId=" + caseId + ", orderId=" + orderId + ", listed=" + listed
                + ", feedbackDue=" + feedbackDue + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
