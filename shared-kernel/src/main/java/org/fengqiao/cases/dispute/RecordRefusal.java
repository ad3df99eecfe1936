package org.fengqiao.cases.dispute;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records that a party refuses mediation, with the reason. Mediation is voluntary: afterwards no mediation session or
 * agreement is possible.
 */
@PersonalData.SubjectsOwn
public record RecordRefusal(
        @TargetAggregateIdentifier CaseId caseId,
        @PersonalData(PersonalData.Kind.NAME) String party,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements DisputeCommand {

    public RecordRefusal {
        party = Values.clean(party);
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RecordRefusal[caseId=" + caseId + "]";
    }
}
