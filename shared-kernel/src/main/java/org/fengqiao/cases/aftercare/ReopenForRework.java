package org.fengqiao.cases.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * A supervisor's decision to reopen a closed case once for rework (重办), because a follow-up since its closure found
 * the matter unresolved or the resident dissatisfied; with a reason. Or the 12345 hotline's, when its own follow-up
 * found the resident unsatisfied: then {@code dueDate} is the hotline's new due date, and the case gets a
 * {@link TimeLimit#HOTLINE} limit in working days up to it instead of a new handling limit.
 */
public record ReopenForRework(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor,
        LocalDate dueDate) implements AftercareCommand {

    /** A supervisor's rework: a new handling limit of the policy's length. */
    public ReopenForRework(CaseId caseId, CaseKind kind, String reason, Instant occurredAt, Actor actor) {
        this(caseId, kind, reason, occurredAt, actor, null);
    }

    public ReopenForRework {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReopenForRework[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor="
                + actor + ", dueDate=" + dueDate + "]";
    }
}
