package org.fengqiao.cases.links;

import java.time.Instant;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.personaldata.PersonalData;

/**
 * The case, a duplicate (重复件), was merged into its primary {@code primaryId} (并案); a {@link CaseClosed} with
 * outcome {@link Outcome#MERGED} follows at once, so the status comes from that closure. The primary records a
 * {@link DuplicateAbsorbed}. Boards count merged duplicates as repeats.
 */
public record CaseMerged(
        CaseId caseId,
        CaseId primaryId,
        CaseNumber primaryCaseNumber,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LinkEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseMerged[caseId=" + caseId + ", primaryId=" + primaryId + ", occurredAt=" + occurredAt
                + ", actor=" + actor + "]";
    }
}
