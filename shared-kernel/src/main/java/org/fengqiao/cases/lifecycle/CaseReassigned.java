package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * A case already assigned moved to another unit or officer; {@code previousUnit} is where it was.
 */
public record CaseReassigned(
        CaseId caseId,
        UnitCode previousUnit,
        UnitCode unit,
        Level level,
        @NotPersonalData("a staff account: the handling officer") String officer,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseReassigned[caseId=" + caseId + ", previousUnit=" + previousUnit + ", unit=" + unit
                + ", level=" + level + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
