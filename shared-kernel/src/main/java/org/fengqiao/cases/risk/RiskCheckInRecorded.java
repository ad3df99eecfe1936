package org.fengqiao.cases.risk;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/** The leader who owns a high-risk case checked in on it; the next check-in is due one interval later. */
public record RiskCheckInRecorded(
        CaseId caseId,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements RiskEvent {

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RiskCheckInRecorded[caseId=" + caseId + "]";
    }
}
