package org.fengqiao.cases.petition;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import java.time.Instant;

/**
 * The written reply on a petition was served. {@code occurredAt} is the time it was served.
 */
public record ReplyServed(
        CaseId caseId,
        ReplyOpinion opinion,
        String text,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {
}
