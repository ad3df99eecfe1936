package org.fengqiao.personaldata;

import static org.fengqiao.personaldata.DataSubjectRights.LEGAL_GROUND;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;

/**
 * Destroys the key of a closed case's record ({@code <caseId>/0}: the texts its staff wrote) once the case's retention
 * period has ended, an administrator's decision on the retention-ended list. Recorded as
 * {@link PersonalDataErased} of subject {@link SealedValue#CASE_RECORD}; refused, with the
 * date it becomes possible, before the period's end.
 */
public record DestroyCaseRecord(
        @TargetAggregateIdentifier CaseId caseId,
        @NotPersonalData(LEGAL_GROUND) String reason,
        Instant occurredAt,
        Actor actor) implements CaseCommand {

    public DestroyCaseRecord {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }
}
