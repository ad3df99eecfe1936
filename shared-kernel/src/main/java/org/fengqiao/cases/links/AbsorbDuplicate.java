package org.fengqiao.cases.links;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;

/**
 * The primary's side of a {@link MergeCase}: this case records that it absorbed the duplicate {@code duplicateId},
 * which closed as merged into it. Sent by the command side right after; repeated, it appends nothing.
 */
public record AbsorbDuplicate(
        @TargetAggregateIdentifier CaseId caseId,
        CaseId duplicateId,
        CaseKind duplicateKind,
        CaseNumber duplicateCaseNumber,
        Instant occurredAt,
        Actor actor) implements CounterpartCommand {

    public AbsorbDuplicate {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
