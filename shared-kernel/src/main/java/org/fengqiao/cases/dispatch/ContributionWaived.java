package org.fengqiao.cases.dispatch;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * The dispatcher waived a co-handling unit's report.
 */
public record ContributionWaived(
        CaseId caseId,
        UnitCode unit,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements DispatchEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ContributionWaived[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
