package org.fengqiao.cases.dispatch;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * A co-handling unit reported its part of the handling.
 */
public record ContributionReported(
        CaseId caseId,
        UnitCode unit,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements DispatchEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ContributionReported[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
