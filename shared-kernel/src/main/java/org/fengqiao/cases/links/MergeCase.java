package org.fengqiao.cases.links;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * Merges this case, a duplicate (重复件), into its primary case about the same matter (并案): the duplicate closes
 * with outcome {@link Outcome#MERGED}, then the primary records that it absorbed it ({@link AbsorbDuplicate}).
 */
public record MergeCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        CaseId primaryId,
        @PersonalData String reason,
        Instant occurredAt,
        Actor actor) implements LinkingCommand {

    public MergeCase {
        reason = Values.clean(reason);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "MergeCase[caseId=" + caseId + ", kind=" + kind + ", primaryId=" + primaryId + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
