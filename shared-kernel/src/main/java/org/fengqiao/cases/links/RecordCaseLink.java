package org.fengqiao.cases.links;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;

/**
 * The other case's side of a {@link LinkCase}: this case records that {@code linkedCaseId} linked it. Sent by the
 * command side right after the linking case recorded the link; repeated, it appends nothing.
 */
public record RecordCaseLink(
        @TargetAggregateIdentifier CaseId caseId,
        CaseId linkedCaseId,
        CaseKind linkedKind,
        CaseNumber linkedCaseNumber,
        Instant occurredAt,
        Actor actor) implements CounterpartCommand {

    public RecordCaseLink {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
