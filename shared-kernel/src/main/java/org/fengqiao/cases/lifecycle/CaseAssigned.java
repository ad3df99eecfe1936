package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * A case was assigned for the first time to a handling unit (and officer). The case is now handled at
 * {@code level}, the unit's level. Emitted by either aggregate.
 */
public record CaseAssigned(
        CaseId caseId,
        UnitCode unit,
        Level level,
        @NotPersonalData("a staff account: the handling officer") String officer,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseAssigned[caseId=" + caseId + ", unit=" + unit + ", level=" + level + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
