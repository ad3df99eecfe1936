package org.fengqiao.cases.timelimits;

import java.time.Instant;
import java.time.LocalDate;
import org.fengqiao.cases.lifecycle.LifecycleEvent;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * The unit handling a 12345 work order ({@code unit}, the case's; none while it is assigned to none) asked the hotline
 * to extend the order to {@code dueDate} (延期申请), with its reasons; the running {@link TimeLimit#HOTLINE} limit
 * stays until the hotline's {@link HotlineExtensionDecided}. The hotline hears of it as a callback without the reasons.
 */
public record HotlineExtensionRequested(
        CaseId caseId,
        LocalDate dueDate,
        UnitCode unit,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the reasons, sealed as personal data, which never go to a log. */
    @Override
    public String toString() {
        return "HotlineExtensionRequested[caseId=" + caseId + ", dueDate=" + dueDate + ", unit=" + unit
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
