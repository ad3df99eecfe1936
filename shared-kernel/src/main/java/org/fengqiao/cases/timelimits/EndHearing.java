package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;

/**
 * Records that the hearing ended; the suspended limits run on, moved by its length.
 */
public record EndHearing(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        Instant occurredAt,
        Actor actor) implements TimeLimitCommand {

    public EndHearing {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
