package org.fengqiao.cases.aftercare;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * How far a term of the agreement was performed, as recorded by an officer. A later record of the same term replaces
 * the earlier one; a term recorded PERFORMED is done and is neither reminded nor urged any more.
 */
public record TermPerformanceRecorded(
        CaseId caseId,
        int term,
        TermPerformance status,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements AftercareEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "TermPerformanceRecorded[caseId=" + caseId + ", term=" + term + ", status=" + status + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
