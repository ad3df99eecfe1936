package org.fengqiao.cases.confidentiality;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalData;

/**
 * A confidential case was made visible again to every caller within its jurisdiction. Emitted by the case aggregate
 * on {@link LiftConfidentiality}. {@code reason} is free text and treated as personal data.
 */
public record ConfidentialityLifted(
        CaseId caseId,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements ConfidentialityEvent {

    /** Names only the case: the reason may carry personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ConfidentialityLifted[caseId=" + caseId + "]";
    }
}
