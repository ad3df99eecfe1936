package org.fengqiao.cases.risk;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * The risk level of a case changed, with the reason. {@code policeInformed} records, for a change to HIGH or
 * CRITICAL, whether the police were informed ({@code null}: not stated, as in events recorded before it existed).
 */
public record RiskLevelChanged(
        CaseId caseId,
        RiskLevel previousLevel,
        RiskLevel level,
        @PersonalData(sensitive = true) String reason,
        Instant occurredAt,
        Actor actor,
        Boolean policeInformed) implements RiskEvent {

    public RiskLevelChanged(CaseId caseId, RiskLevel previousLevel, RiskLevel level, String reason,
            Instant occurredAt, Actor actor) {
        this(caseId, previousLevel, level, reason, occurredAt, actor, null);
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RiskLevelChanged[caseId=" + caseId + ", previousLevel=" + previousLevel + ", level=" + level
                + ", occurredAt=" + occurredAt + ", actor=" + actor + ", policeInformed=" + policeInformed + "]";
    }
}
