package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * A unit named in the dispatch asked to return the case, with a reason code and its reasons.
 */
public record DispatchReturnRequested(
        CaseId caseId,
        UnitCode unit,
        ReturnReason reasonCode,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DispatchReturnRequested[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
