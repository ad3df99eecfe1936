package org.fengqiao.cases.aftercare;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.personaldata.PersonalData;

/**
 * A follow-up visit (回访) after closure was recorded. {@code firstSinceClosure}: the first follow-up of this closure
 * (the boards count followed-up closures by it); {@code reworkWarranted}: it found the matter unresolved
 * ({@code performed} false) or the resident DISSATISFIED, so a supervisor may reopen the case for rework.
 */
public record FollowUpRecorded(
        CaseId caseId,
        @PersonalData(PersonalData.Kind.NAME) String contacted,
        FollowUpMethod method,
        Satisfaction satisfaction,
        Boolean performed,
        @PersonalData String note,
        boolean firstSinceClosure,
        boolean reworkWarranted,
        Instant occurredAt,
        Actor actor) implements AftercareEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "FollowUpRecorded[caseId=" + caseId + ", method=" + method + ", satisfaction=" + satisfaction
                + ", performed=" + performed + ", firstSinceClosure=" + firstSinceClosure + ", reworkWarranted="
                + reworkWarranted + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
