package org.fengqiao.cases.timelimits;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Extends a running limit once (HANDLING only), by at most the policy's days, with the reason told to the petitioner and the head who approved it.
 */
public record ExtendDeadline(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        TimeLimit limit,
        int days,
        @PersonalData String reason,
        @NotPersonalData("a staff account: the head who approved it") String approver,
        Instant occurredAt,
        Actor actor) implements TimeLimitCommand {

    public ExtendDeadline {
        reason = Values.clean(reason);
        approver = Values.clean(approver);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ExtendDeadline[caseId=" + caseId + ", kind=" + kind + ", limit=" + limit + ", days=" + days
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
