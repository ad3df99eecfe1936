package org.fengqiao.command.web;

/** Body of {@code POST /api/petitions/{caseId}/review}: why the petitioner asks for review or re-review. */
public record ReviewRequest(String reason) {
}
