package org.fengqiao.cases.aftercare;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A supervisor decided, with a reason, that the case may be closed as resolved with the terms in {@code openTerms}
 * (their numbers) not yet performed. The terms stay open, reminded and urged as before.
 */
public record PerformanceWaived(
        CaseId caseId,
        List<Integer> openTerms,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements AftercareEvent {

    public PerformanceWaived {
        openTerms = Values.listOf(openTerms);
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "PerformanceWaived[caseId=" + caseId + ", openTerms=" + openTerms + ", occurredAt=" + occurredAt
                + ", actor=" + actor + "]";
    }
}
