package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Body of {@code POST /api/disputes/{caseId}/judicial-confirmation/decision}: the court's decision (CONFIRMED or
 * REJECTED), its case number and when it was given.
 */
public record JudicialDecisionRequest(
        JudicialDecision decision,
        @NotPersonalData("a court's case number (案号): names no one") String courtReference,
        Instant decidedAt,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one")
        String occurredAtReason) {
}
