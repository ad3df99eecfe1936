package org.fengqiao.cases.dispute;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.Values;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a mediation agreement (调解协议): terms, how and by when they are performed, the mediator, and the signatories,
 * who must include every party and the mediator.
 */
public record ReachMediationAgreement(
        @TargetAggregateIdentifier CaseId caseId,
        @PersonalData String terms,
        @PersonalData String performance,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) String mediator,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        Instant occurredAt,
        Actor actor) implements DisputeCommand {

    public ReachMediationAgreement {
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
