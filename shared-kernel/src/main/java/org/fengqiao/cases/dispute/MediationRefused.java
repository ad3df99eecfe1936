package org.fengqiao.cases.dispute;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * A party refused mediation, with the reason.
 */
@PersonalData.SubjectsOwn
public record MediationRefused(
        CaseId caseId,
        @PersonalData(PersonalData.Kind.NAME) String party,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements DisputeEvent {

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MediationRefused[caseId=" + caseId + "]";
    }
}
