package org.fengqiao.cases.common;

import java.time.Instant;

/**
 * The dispatcher waived a co-handling unit's report.
 */
public record ContributionWaived(
        CaseId caseId,
        UnitCode unit,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ContributionWaived[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
