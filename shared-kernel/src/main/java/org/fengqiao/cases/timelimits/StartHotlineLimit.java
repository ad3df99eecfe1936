package org.fengqiao.cases.timelimits;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;

/**
 * Starts the {@link TimeLimit#HOTLINE} limit of a case registered from a 12345 work order: as many working days, from
 * the order's dispatch ({@code occurredAt}), as there are up to the order's {@code dueDate} (at least one), counted on
 * the holiday calendar (make-up days count, holidays do not); it ends at 24:00 of the last of them. Issued by the
 * hotline adapter right after the intake; a case whose hotline limit runs with the same due time records nothing.
 */
public record StartHotlineLimit(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        LocalDate dueDate,
        Instant occurredAt,
        Actor actor) implements TimeLimitCommand {

    public StartHotlineLimit {
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
