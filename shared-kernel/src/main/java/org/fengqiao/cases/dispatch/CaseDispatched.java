package org.fengqiao.cases.dispatch;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * The case was dispatched to a lead unit and co-handling units, each to sign for it by {@code signBy} (counted
 * by the time-limit policy in working days unless the dispatcher gave it). {@code calendarDegraded}: {@code signBy}
 * was counted on weekdays alone for some day no holiday file settled.
 */
public record CaseDispatched(
        CaseId caseId,
        UnitCode leadUnit,
        List<UnitCode> coUnits,
        @PersonalData String instructions,
        Instant signBy,
        boolean calendarDegraded,
        Instant occurredAt,
        Actor actor) implements DispatchEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseDispatched[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
