package org.fengqiao.command.web;

/**
 * Body of the data-subject requests ({@code /api/cases/{caseId}/data-subjects/{subject}/...}): the legal ground, e.g.
 * "PIPL Art. 47(1)3: consent withdrawn". It stays readable in the history for good, so it names no one.
 */
public record DataSubjectRequest(String reason) {
}
