package org.fengqiao.cases.dispute;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Records that the parties jointly applied to {@code court} for judicial confirmation of their mediation agreement
 * (人民调解法 Art. 33), within 30 days of the agreement taking effect. {@code appliedAt} is the business time of the
 * application.
 */
public record ApplyForJudicialConfirmation(
        @TargetAggregateIdentifier CaseId caseId,
        @NotPersonalData("the name of a people's court: a public body") String court,
        Instant appliedAt,
        Actor actor) implements DisputeCommand {

    public ApplyForJudicialConfirmation {
        court = Values.clean(court);
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** The business time of this command is {@code appliedAt}. */
    @Override
    public Instant occurredAt() {
        return appliedAt;
    }

    @Override
    public String occurredAtField() {
        return "appliedAt";
    }
}
