package org.fengqiao.personaldata;

import static org.fengqiao.personaldata.DataSubjectRights.LEGAL_GROUND;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;

/**
 * Erases a data subject's personal data on a closed case by destroying the subject's key (retention applies while the
 * case is open: restrict instead).
 */
public record ErasePersonalData(
        @TargetAggregateIdentifier CaseId caseId,
        int subject,
        @NotPersonalData(LEGAL_GROUND) String reason,
        Instant occurredAt,
        Actor actor) implements DataSubjectCommand {

    public ErasePersonalData {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
