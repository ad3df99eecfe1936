package org.fengqiao.cases.dispatch;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;

/**
 * A unit named in the dispatch signed for the case.
 */
public record DispatchSigned(
        CaseId caseId,
        UnitCode unit,
        Instant occurredAt,
        Actor actor) implements DispatchEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DispatchSigned[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
