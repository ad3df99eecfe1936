package org.fengqiao.cases.dispute;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The parties jointly applied to {@code court} for judicial confirmation of their mediation agreement (人民调解法
 * Art. 33) at {@code occurredAt}, before the window that closes at {@code windowEndsAt} (24:00 of the 30th day after
 * the agreement took effect, as the law counts). A {@code DeadlineMet} of the {@code JUDICIAL_CONFIRMATION} limit
 * follows while that limit runs.
 */
public record JudicialConfirmationApplied(
        CaseId caseId,
        @NotPersonalData("the name of a people's court: a public body") String court,
        Instant windowEndsAt,
        Instant occurredAt,
        Actor actor) implements DisputeEvent {
}
