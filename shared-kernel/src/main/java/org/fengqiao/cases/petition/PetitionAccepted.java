package org.fengqiao.cases.petition;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import java.time.Instant;

/**
 * A petition was accepted for handling.
 */
public record PetitionAccepted(
        CaseId caseId,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {
}
