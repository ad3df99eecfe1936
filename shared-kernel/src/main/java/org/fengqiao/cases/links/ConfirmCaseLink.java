package org.fengqiao.cases.links;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * The linking case learns that the other case recorded its side of the link, which completes it. Sent by the command
 * side after {@link RecordCaseLink} succeeded; repeated, it appends nothing.
 */
public record ConfirmCaseLink(
        @TargetAggregateIdentifier CaseId caseId,
        CaseId linkedCaseId,
        Instant occurredAt,
        Actor actor) implements CounterpartCommand {

    public ConfirmCaseLink {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
