package org.fengqiao.cases.timelimits;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;

/**
 * The 12345 hotline's decision on an extension (延期) of a work order: approved with the order's new due date, after
 * the running {@link TimeLimit#HOTLINE} limit's last day, or refused. Sent by the hotline adapter; extensions of a
 * hotline order are the hotline's to approve.
 */
public record DecideHotlineExtension(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        boolean approved,
        LocalDate dueDate,
        Instant occurredAt,
        Actor actor) implements TimeLimitCommand {

    public DecideHotlineExtension {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
