package org.fengqiao.cases.common;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A supervisor's decision to reopen a closed case once for rework (重办), because a follow-up since its closure found
 * the matter unresolved or the resident dissatisfied; with a reason.
 */
public record ReopenForRework(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements AftercareCommand {

    public ReopenForRework {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReopenForRework[caseId=" + caseId + ", kind=" + kind + ", occurredAt=" + occurredAt + ", actor="
                + actor + "]";
    }
}
