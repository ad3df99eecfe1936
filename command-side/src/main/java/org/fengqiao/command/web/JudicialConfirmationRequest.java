package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;

/** Body of {@code POST /api/disputes/{caseId}/judicial-confirmation}: the court the parties applied to, and when. */
public record JudicialConfirmationRequest(
        @NotPersonalData("the name of a people's court: a public body") String court,
        Instant appliedAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason) {
}
