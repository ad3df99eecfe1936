package org.fengqiao.cases.supervision;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * The unit gave its written feedback on a supervision order, which closes the order; {@code late} when it came after
 * the order's feedback due time.
 */
public record SupervisionFeedbackGiven(
        CaseId caseId,
        String orderId,
        UnitCode unit,
        @PersonalData String text,
        boolean late,
        Instant occurredAt,
        Actor actor) implements SupervisionEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "SupervisionFeedbackGiven[caseId=" + caseId + ", orderId=" + orderId + ", late=" + late
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
