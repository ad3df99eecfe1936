package org.fengqiao.cases.supervision;

import java.time.Instant;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * A supervision order (督办) by the level above ({@code byLevel}) to the unit responsible for the case, which gives
 * its written feedback by {@code feedbackDue}. Ordered by the system when an urged limit is still unmet after the
 * grace (it then names the missed deadline and limit), or by a supervisor by hand as a listed supervision (挂牌督办,
 * {@code listed}) with the order's words, or by another system, {@code orderedBy} (the 12345 hotline's order, named
 * by its external system such as {@code hotline-12345}; {@code byLevel} is then {@link Level#DISTRICT}, the highest
 * level known here, since the city's hotline stands above the district; none for the other orders, and for orders
 * stored before the field existed). The order stays open until the feedback; the case's level does not change.
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
        Actor actor,
        String orderedBy) implements SupervisionEvent {

    /** An order of the level above: the system's after a grace, or a supervisor's listing. */
    public SupervisionOrdered(CaseId caseId, String orderId, String deadlineId, TimeLimit limit, UnitCode unit,
            Level byLevel, boolean listed, String text, Instant feedbackDue, boolean calendarDegraded,
            Instant occurredAt, Actor actor) {
        this(caseId, orderId, deadlineId, limit, unit, byLevel, listed, text, feedbackDue, calendarDegraded,
                occurredAt, actor, null);
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "SupervisionOrdered[caseId=" + caseId + ", orderId=" + orderId + ", listed=" + listed
                + ", feedbackDue=" + feedbackDue + ", orderedBy=" + orderedBy + ", occurredAt=" + occurredAt
                + ", actor=" + actor + "]";
    }
}
