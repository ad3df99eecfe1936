package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Adds a free-text note to a case.
 */
public record AddNote(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public AddNote {
        text = Values.clean(text);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "AddNote[caseId=" + caseId + "]";
    }
}
