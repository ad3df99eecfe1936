package org.fengqiao.cases.petition;

import java.time.Instant;
import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.Level;

/**
 * The petitioner requested review or re-review in time: the petition reopens (also when it was closed) at the next
 * level, {@code toLevel}, and a {@code DeadlineSet} for the opinion follows. The next reply is the review's opinion.
 */
public record ReviewRequested(
        CaseId caseId,
        ReviewStage stage,
        Level fromLevel,
        Level toLevel,
        String reason,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {
}
