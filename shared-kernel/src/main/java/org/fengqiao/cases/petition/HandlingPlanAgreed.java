package org.fengqiao.cases.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A petition's handling plan was agreed: terms, performance date and signatories. {@code obligations}: its terms one by
 * one (numbered from 1), each followed up until performed; empty for a plan recorded without them, and in events
 * recorded before terms existed. {@code sealedBy}: the signatories who signed by seal.
 */
public record HandlingPlanAgreed(
        CaseId caseId,
        @PersonalData String terms,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        Instant occurredAt,
        Actor actor,
        List<AgreementTerm> obligations,
        @PersonalData(PersonalData.Kind.NAME) List<String> sealedBy) implements PetitionEvent {

    /** A plan without its terms listed one by one. */
    public HandlingPlanAgreed(CaseId caseId, String terms, LocalDate performBy, List<String> signatories,
            Instant occurredAt, Actor actor) {
        this(caseId, terms, performBy, signatories, occurredAt, actor, null, null);
    }

    public HandlingPlanAgreed {
        signatories = Values.listOf(signatories);
        obligations = Values.listOf(obligations);
        sealedBy = Values.listOf(sealedBy);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "HandlingPlanAgreed[caseId=" + caseId + "]";
    }
}
