package org.fengqiao.cases.aftercare;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records a follow-up visit (回访) after the case closed: who was contacted (a person, or a group's representative), by
 * what method, the resident's satisfaction, whether the matter was performed as agreed or decided ({@code performed},
 * optional), and a note. One per person or per representative; a case may have several.
 */
public record RecordFollowUp(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData(PersonalData.Kind.NAME) String contacted,
        FollowUpMethod method,
        Satisfaction satisfaction,
        Boolean performed,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements AftercareCommand {

    public RecordFollowUp {
        contacted = Values.clean(contacted);
        note = Values.clean(note);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "RecordFollowUp[caseId=" + caseId + ", kind=" + kind + ", method=" + method + ", satisfaction="
                + satisfaction + ", performed=" + performed + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
