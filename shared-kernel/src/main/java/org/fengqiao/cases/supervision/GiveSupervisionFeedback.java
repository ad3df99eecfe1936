package org.fengqiao.cases.supervision;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * The unit responsible answers a supervision order of the case with its written feedback (督办反馈).
 */
public record GiveSupervisionFeedback(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        String orderId,
        @PersonalData String text,
        Instant occurredAt,
        Actor actor) implements SupervisionCommand {

    public GiveSupervisionFeedback {
        text = Values.clean(text);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "GiveSupervisionFeedback[caseId=" + caseId + ", kind=" + kind + ", orderId=" + orderId
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
