package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.personaldata.PersonalData;

/**
 * A case was escalated from one level to a higher one, with the reason.
 */
public record CaseEscalated(
        CaseId caseId,
        Level fromLevel,
        Level toLevel,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseEscalated[caseId=" + caseId + ", fromLevel=" + fromLevel + ", toLevel=" + toLevel
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
