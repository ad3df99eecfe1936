package org.fengqiao.cases.dispute;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.Values;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mediation agreement took effect: signed by every party and the mediator.
 */
public record MediationAgreementReached(
        CaseId caseId,
        @PersonalData String terms,
        @PersonalData String performance,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) String mediator,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        Instant occurredAt,
        Actor actor) implements DisputeEvent {

    public MediationAgreementReached {
        signatories = Values.listOf(signatories);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MediationAgreementReached[caseId=" + caseId + "]";
    }
}
