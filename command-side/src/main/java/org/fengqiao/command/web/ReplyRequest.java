package org.fengqiao.command.web;

import java.time.Instant;
import org.fengqiao.cases.petition.ReplyOpinion;

/** Body of {@code POST /api/petitions/{caseId}/reply}. */
public record ReplyRequest(ReplyOpinion opinion, String text, Instant servedAt) {
}
