package org.fengqiao.cases.common;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A supervisor puts the case under listed supervision (挂牌督办): an order, in words, to the unit responsible, whose
 * written feedback is due by {@code feedbackBy} (optional: the policy's feedback working days when not given).
 */
public record OrderSupervision(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String text,
        Instant feedbackBy,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public OrderSupervision {
        text = Values.clean(text);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "OrderSupervision[caseId=" + caseId + ", kind=" + kind + ", feedbackBy=" + feedbackBy
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
