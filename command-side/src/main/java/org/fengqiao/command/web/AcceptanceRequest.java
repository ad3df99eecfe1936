package org.fengqiao.command.web;

/**
 * Body of {@code POST /api/petitions/{caseId}/acceptance}. {@code accepted} is a {@code Boolean} so that a missing
 * value is rejected rather than read as "not accepted", which would close the petition.
 */
public record AcceptanceRequest(Boolean accepted, String reason) {
}
