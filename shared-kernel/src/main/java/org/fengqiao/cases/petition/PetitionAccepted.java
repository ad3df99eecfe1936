package org.fengqiao.cases.petition;

import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import java.time.Instant;

/**
 * A petition was accepted for handling.
 */
public record PetitionAccepted(
        CaseId caseId,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {
}
