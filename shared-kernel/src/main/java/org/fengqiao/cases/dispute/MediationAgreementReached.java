package org.fengqiao.cases.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.aftercare.PartyResponsibility;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A mediation agreement took effect: signed by every party and the mediator, or, oral ({@code oral}), recorded by the
 * mediator. {@code obligations}: its terms one by one (numbered from 1), each followed up until performed; empty for an
 * agreement recorded without them, and in events recorded before terms existed. {@code facts},
 * {@code disputedMatters} and {@code responsibilities} as 人民调解法 Art. 29 lists them (absent when not given);
 * {@code sealedBy}: the signatories who signed by seal.
 */
public record MediationAgreementReached(
        CaseId caseId,
        @PersonalData String terms,
        @PersonalData String performance,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) String mediator,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        Instant occurredAt,
        Actor actor,
        List<AgreementTerm> obligations,
        @PersonalData String facts,
        @PersonalData String disputedMatters,
        List<PartyResponsibility> responsibilities,
        boolean oral,
        @PersonalData(PersonalData.Kind.NAME) List<String> sealedBy) implements DisputeEvent {

    /** A written agreement without its terms listed one by one. */
    public MediationAgreementReached(CaseId caseId, String terms, String performance, LocalDate performBy,
            String mediator, List<String> signatories, Instant occurredAt, Actor actor) {
        this(caseId, terms, performance, performBy, mediator, signatories, occurredAt, actor, null, null, null, null,
                false, null);
    }

    public MediationAgreementReached {
        signatories = Values.listOf(signatories);
        obligations = Values.listOf(obligations);
        responsibilities = Values.listOf(responsibilities);
        sealedBy = Values.listOf(sealedBy);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MediationAgreementReached[caseId=" + caseId + "]";
    }
}
