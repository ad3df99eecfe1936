package org.fengqiao.cases.dispute;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Records the court's decision on the parties' application for judicial confirmation: {@code decision} CONFIRMED or
 * REJECTED, the court's {@code courtReference} (its case number, 案号) and {@code decidedAt}, the business time.
 */
public record DecideJudicialConfirmation(
        @TargetAggregateIdentifier CaseId caseId,
        JudicialDecision decision,
        @NotPersonalData("a court's case number (案号): names no one") String courtReference,
        Instant decidedAt,
        Actor actor) implements DisputeCommand {

    public DecideJudicialConfirmation {
        courtReference = Values.clean(courtReference);
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** The business time of this command is {@code decidedAt}. */
    @Override
    public Instant occurredAt() {
        return decidedAt;
    }

    @Override
    public String occurredAtField() {
        return "decidedAt";
    }
}
