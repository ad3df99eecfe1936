package org.fengqiao.cases.timelimits;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.lifecycle.LifecycleCommand;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * The unit handling a 12345 work order asks the hotline for an extension (延期申请) to {@code dueDate}, after the
 * running {@link TimeLimit#HOTLINE} limit's last day, with its reasons; the hotline decides
 * ({@link DecideHotlineExtension}), since extensions of its orders are its to approve.
 */
public record RequestHotlineExtension(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        LocalDate dueDate,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public RequestHotlineExtension {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the reasons, sealed as personal data, which never go to a log. */
    @Override
    public String toString() {
        return "RequestHotlineExtension[caseId=" + caseId + ", kind=" + kind + ", dueDate=" + dueDate
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
