package org.fengqiao.cases.supervision;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A supervisor urges (催办) the unit responsible for the case, in words, without waiting for a limit to be missed.
 */
public record UrgeCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements SupervisionCommand {

    public UrgeCase {
        text = Values.clean(text);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "UrgeCase[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor=" + actor
                + "]";
    }
}
