package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Records that a document of the case (its acceptance or non-acceptance, the extension of its handling limit, the
 * written reply) was served on {@code to}, the person it is addressed to, by {@code method} on {@code date}. Issued by
 * the officer who served it; the limit that waits for the notice ends with it.
 */
public record ServeNotice(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        NoticeType type,
        NoticeMethod method,
        Instant date,
        @PersonalData(PersonalData.Kind.NAME) String to,
        Actor actor) implements LifecycleCommand {

    public ServeNotice {
        to = Values.clean(to);
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** The business time of this command is the date the notice was served. */
    @Override
    public Instant occurredAt() {
        return date;
    }

    @Override
    public String occurredAtField() {
        return "date";
    }

    /** Leaves out the person served, personal data that never goes to a log. */
    @Override
    public String toString() {
        return "ServeNotice[caseId=" + caseId + ", kind=" + kind + ", type=" + type + ", method=" + method + ", date="
                + date + ", actor=" + actor + "]";
    }
}
