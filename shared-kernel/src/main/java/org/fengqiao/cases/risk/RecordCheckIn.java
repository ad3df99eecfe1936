package org.fengqiao.cases.risk;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records a check-in by the leader who owns a high-risk case, with a note.
 */
public record RecordCheckIn(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements RiskCommand {

    public RecordCheckIn {
        note = Values.clean(note);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RecordCheckIn[caseId=" + caseId + "]";
    }
}
