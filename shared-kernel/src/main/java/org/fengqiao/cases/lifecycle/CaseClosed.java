package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * A case was closed with its outcome. {@code resolutionLevel} is the level the case was handled at when it closed,
 * the figure behind "small matters stay in the community, big ones in the sub-district, none passed up".
 */
public record CaseClosed(
        CaseId caseId,
        Outcome outcome,
        Satisfaction satisfaction,
        @NotPersonalData("the route the parties were told: arbitration, court, another body") String route,
        @PersonalData String note,
        Level resolutionLevel,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CaseClosed[caseId=" + caseId + ", outcome=" + outcome + ", satisfaction=" + satisfaction
                + ", resolutionLevel=" + resolutionLevel + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
