package org.fengqiao.cases.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.aftercare.PartyResponsibility;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records a mediation agreement (调解协议): terms, how and by when they are performed, the mediator, and the signatories,
 * who must include every party and the mediator. Optionally (人民调解法 Arts. 28-29) the terms one by one in
 * {@code obligations}, each with its obligor and due date, whose performance is then followed up; the facts, the
 * disputed matters and each party's responsibility; whether the agreement is oral (recorded by the mediator, signed by
 * the mediator alone); and which signatories, legal persons or units, signed by seal ({@code sealedBy}).
 */
public record ReachMediationAgreement(
        @TargetAggregateIdentifier CaseId caseId,
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
        @PersonalData(PersonalData.Kind.NAME) List<String> sealedBy) implements DisputeCommand {

    /** A written agreement without its terms listed one by one (the first wave's body). */
    public ReachMediationAgreement(CaseId caseId, String terms, String performance, LocalDate performBy,
            String mediator, List<String> signatories, Instant occurredAt, Actor actor) {
        this(caseId, terms, performance, performBy, mediator, signatories, occurredAt, actor, null, null, null, null,
                false, null);
    }

    public ReachMediationAgreement {
        obligations = Values.listOf(obligations);
        facts = Values.clean(facts);
        disputedMatters = Values.clean(disputedMatters);
        responsibilities = Values.listOf(responsibilities);
        sealedBy = Values.listOf(sealedBy).stream().map(String::strip).toList();
        terms = Values.clean(terms);
        performance = Values.clean(performance);
        mediator = Values.clean(mediator);
        signatories = Values.listOf(signatories);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReachMediationAgreement[caseId=" + caseId + "]";
    }
}
