package org.fengqiao.cases.petition;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Serves the written reply (答复意见书) on a petition: support, explain or do not support, with its text.
 */
public record ServeReply(
        @TargetAggregateIdentifier CaseId caseId,
        ReplyOpinion opinion,
        @PersonalData String text,
        Instant servedAt,
        Actor actor) implements PetitionCommand {

    public ServeReply {
        text = Values.clean(text);
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ServeReply[caseId=" + caseId + ", opinion=" + opinion + ", servedAt=" + servedAt + ", actor="
                + actor + "]";
    }

    /** The business time of this command is {@code servedAt}. */
    @Override
    public Instant occurredAt() {
        return servedAt;
    }

    @Override
    public String occurredAtField() {
        return "servedAt";
    }
}
