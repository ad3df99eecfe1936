package org.fengqiao.cases.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records a petition's agreed handling plan: its terms, the date by which it is performed, and who signed it;
 * optionally its terms one by one in {@code obligations} (each with its obligor and due date, followed up until
 * performed) and which signatories, legal persons or units, signed by seal ({@code sealedBy}).
 */
public record AgreeHandlingPlan(
        @TargetAggregateIdentifier CaseId caseId,
        @PersonalData String terms,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        Instant occurredAt,
        Actor actor,
        List<AgreementTerm> obligations,
        @PersonalData(PersonalData.Kind.NAME) List<String> sealedBy) implements PetitionCommand {

    /** A plan without its terms listed one by one (the first wave's body). */
    public AgreeHandlingPlan(CaseId caseId, String terms, LocalDate performBy, List<String> signatories,
            Instant occurredAt, Actor actor) {
        this(caseId, terms, performBy, signatories, occurredAt, actor, null, null);
    }

    public AgreeHandlingPlan {
        obligations = Values.listOf(obligations);
        sealedBy = Values.listOf(sealedBy).stream().map(String::strip).toList();
        terms = Values.clean(terms);
        signatories = Values.listOf(signatories);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "AgreeHandlingPlan[caseId=" + caseId + "]";
    }
}
