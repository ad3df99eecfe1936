package org.fengqiao.cases.supervision;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A supervisor puts the case under listed supervision (挂牌督办): an order, in words, to the unit responsible, whose
 * written feedback is due by {@code feedbackBy} (optional: the policy's feedback working days when not given). With
 * {@code orderedBy}, another system orders it instead (the 12345 hotline's supervision order, 督办, named by its
 * external system, e.g. {@code hotline-12345}): such an order is not a listing, so it does not wait for a listed one.
 */
public record OrderSupervision(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String text,
        Instant feedbackBy,
        Instant occurredAt,
        Actor actor,
        String orderedBy) implements SupervisionCommand {

    private static final String SYSTEM_PATTERN = "[A-Za-z0-9._-]{1,32}";

    public OrderSupervision {
        text = Values.clean(text);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
        orderedBy = orderedBy == null ? null : Values.require(orderedBy, SYSTEM_PATTERN, "orderedBy");
    }

    /** A supervisor's listed supervision. */
    public OrderSupervision(CaseId caseId, CaseKind kind, String text, Instant feedbackBy, Instant occurredAt,
            Actor actor) {
        this(caseId, kind, text, feedbackBy, occurredAt, actor, null);
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "OrderSupervision[caseId=" + caseId + ", kind=" + kind + ", feedbackBy=" + feedbackBy
                + ", occurredAt=" + occurredAt + ", actor=" + actor + ", orderedBy=" + orderedBy + "]";
    }
}
