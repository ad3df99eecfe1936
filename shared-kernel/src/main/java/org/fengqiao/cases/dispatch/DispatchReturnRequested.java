package org.fengqiao.cases.dispatch;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * A unit named in the dispatch asked to return the case, with a reason code and its reasons.
 */
public record DispatchReturnRequested(
        CaseId caseId,
        UnitCode unit,
        ReturnReason reasonCode,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements DispatchEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DispatchReturnRequested[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
