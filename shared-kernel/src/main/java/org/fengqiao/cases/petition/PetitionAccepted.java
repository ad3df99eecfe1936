package org.fengqiao.cases.petition;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A petition was accepted for handling.
 */
public record PetitionAccepted(
        CaseId caseId,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {
}
