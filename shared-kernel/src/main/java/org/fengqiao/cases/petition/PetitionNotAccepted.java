package org.fengqiao.cases.petition;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * A petition was not accepted, with the reason; a {@code CaseClosed} with outcome NOT_ACCEPTED follows.
 */
public record PetitionNotAccepted(
        CaseId caseId,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements PetitionEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "PetitionNotAccepted[caseId=" + caseId + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
