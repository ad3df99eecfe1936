package org.fengqiao.personaldata;

import static org.fengqiao.personaldata.DataSubjectRights.LEGAL_GROUND;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;

/**
 * Restricts the processing of a data subject's personal data on a case: the data is kept, shown to auditors only, and
 * the case takes no further command until the restriction is lifted or the subject erased.
 */
public record RestrictPersonalData(
        @TargetAggregateIdentifier CaseId caseId,
        int subject,
        @NotPersonalData(LEGAL_GROUND) String reason,
        Instant occurredAt,
        Actor actor) implements DataSubjectCommand {

    public RestrictPersonalData {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
