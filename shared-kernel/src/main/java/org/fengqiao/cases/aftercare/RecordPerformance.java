package org.fengqiao.cases.aftercare;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records how far one term of the case's agreement was performed (人民调解法 Art. 31: the committee supervises the
 * performance), naming the term by its number (from 1).
 */
public record RecordPerformance(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        Integer term,
        TermPerformance status,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements AftercareCommand {

    public RecordPerformance {
        note = Values.clean(note);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RecordPerformance[caseId=" + caseId + ", kind=" + kind + ", term=" + term + ", status=" + status
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
