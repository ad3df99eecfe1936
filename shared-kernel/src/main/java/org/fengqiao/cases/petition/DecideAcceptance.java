package org.fengqiao.cases.petition;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Decides once whether a petition is accepted; not accepting needs a reason and closes the petition.
 */
public record DecideAcceptance(
        @TargetAggregateIdentifier CaseId caseId,
        boolean accepted,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements PetitionCommand {

    public DecideAcceptance {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "DecideAcceptance[caseId=" + caseId + ", accepted=" + accepted + ", occurredAt=" + occurredAt
                + ", actor=" + actor + "]";
    }
}
