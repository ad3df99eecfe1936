package org.fengqiao.cases.dispatch;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * The dispatcher decided a unit's request to return the case.
 */
public record DispatchReturnDecided(
        CaseId caseId,
        UnitCode unit,
        ReturnDecision decision,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements DispatchEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DispatchReturnDecided[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
