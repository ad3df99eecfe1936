package org.fengqiao.cases.confidentiality;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Lifts a case's confidentiality, with the reason: the case is visible again to everyone within jurisdiction. Issued
 * by a supervisor or an administrator who may see the case; refused when the case is not confidential.
 */
public record LiftConfidentiality(
        @TargetAggregateIdentifier CaseId caseId,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements ConfidentialityCommand {

    public LiftConfidentiality {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: the reason may carry personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "LiftConfidentiality[caseId=" + caseId + "]";
    }
}
