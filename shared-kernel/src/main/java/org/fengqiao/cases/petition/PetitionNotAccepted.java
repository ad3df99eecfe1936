package org.fengqiao.cases.petition;

import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.CaseId;
import java.time.Instant;

/**
 * A petition was not accepted, with the reason; a {@code CaseClosed} with outcome NOT_ACCEPTED follows.
 */
public record PetitionNotAccepted(
        CaseId caseId,
        String reason,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {
}
