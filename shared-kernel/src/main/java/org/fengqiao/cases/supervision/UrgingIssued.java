package org.fengqiao.cases.supervision;

import java.time.Instant;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;

/**
 * The unit responsible for the case was urged (催办). Issued by the system when a time limit is missed: then it
 * names the missed deadline and limit, and {@code superviseAt} is when a supervision order follows if what the limit
 * waited for is still not done; or by a supervisor by hand, with the words of the urging and no deadline. A missed
 * limit no longer moves the case: this is its consequence. {@code unit} is the unit the case was assigned to, or
 * {@code null} while it is assigned to none (the receiving office is urged).
 */
public record UrgingIssued(
        CaseId caseId,
        String urgingId,
        String deadlineId,
        TimeLimit limit,
        UnitCode unit,
        @PersonalData String text,
        Instant superviseAt,
        Instant occurredAt,
        Actor actor) implements SupervisionEvent {

    /** Leaves out the free text, sealed as personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "UrgingIssued[caseId=" + caseId + ", urgingId=" + urgingId + ", deadlineId=" + deadlineId
                + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
