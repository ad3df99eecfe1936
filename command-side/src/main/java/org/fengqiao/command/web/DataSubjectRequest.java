package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Body of the data-subject requests ({@code /api/cases/{caseId}/data-subjects/{subject}/...}): the legal ground, e.g.
 * "PIPL Art. 47(1)3: consent withdrawn". It stays readable in the history for good, so it names no one.
 */
public record DataSubjectRequest(
        @NotPersonalData("the legal ground; stays readable in the history for good, so it names no one") String reason, Instant occurredAt, @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {
}
