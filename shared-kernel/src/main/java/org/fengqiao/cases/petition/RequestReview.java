package org.fengqiao.cases.petition;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * The petitioner asks for review of the written reply (or, after the review opinion, for re-review), with the reason;
 * within the policy's days (30) of the reply being served.
 */
@PersonalData.SubjectsOwn
public record RequestReview(
        @TargetAggregateIdentifier CaseId caseId,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements PetitionCommand {

    public RequestReview {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RequestReview[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
