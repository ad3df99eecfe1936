package org.fengqiao.cases.aftercare;

import java.time.Instant;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.personaldata.PersonalData;

/**
 * A supervisor reopened the closed case for rework (重办) at {@code level}, once, after a follow-up found the matter
 * unresolved or the resident dissatisfied. The case is open again ({@code IN_PROGRESS}); a new handling limit follows
 * as a {@link DeadlineSet}.
 */
public record CaseReopenedForRework(
        CaseId caseId,
        @PersonalData String reason,
        Level level,
        Instant occurredAt,
        Actor actor) implements AftercareEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseReopenedForRework[caseId=" + caseId + ", level=" + level + ", occurredAt=" + occurredAt
                + ", actor=" + actor + "]";
    }
}
