package org.fengqiao.cases.supervision;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;

/**
 * A supervision order's feedback due time passed without the unit's feedback ({@code occurredAt} is the due time).
 * Emitted once per order, by the system; the order stays open and the case counts on the boards' overdue feedback
 * until the feedback comes or the case closes.
 */
public record SupervisionFeedbackOverdue(
        CaseId caseId,
        String orderId,
        UnitCode unit,
        Instant feedbackDue,
        Instant occurredAt,
        Actor actor) implements SupervisionEvent {
}
