package org.fengqiao.cases.petition;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.Values;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a petition's agreed handling plan: its terms, the date by which it is performed, and who signed it.
 */
public record AgreeHandlingPlan(
        @TargetAggregateIdentifier CaseId caseId,
        @PersonalData String terms,
        LocalDate performBy,
        @PersonalData(PersonalData.Kind.NAME) List<String> signatories,
        Instant occurredAt,
        Actor actor) implements PetitionCommand {

    public AgreeHandlingPlan {
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
