package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Closes a case (办结) with its outcome and, optionally, the resident's satisfaction. MEDIATION_FAILED and REFERRED
 * need the {@code route} (arbitration, litigation, another authority) that the parties were told about.
 */
public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        Outcome outcome,
        Satisfaction satisfaction,
        @NotPersonalData("the route the parties were told: arbitration, court, another body") String route,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public CloseCase {
        route = Values.clean(route);
        note = Values.clean(note);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** The same closure on {@code newRoute}. */
    public CloseCase withRoute(String newRoute) {
        return new CloseCase(caseId, kind, outcome, satisfaction, newRoute, note, occurredAt, actor);
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "CloseCase[caseId=" + caseId + ", kind=" + kind + ", outcome=" + outcome + ", satisfaction="
                + satisfaction + ", occurredAt=" + occurredAt + ", actor=" + actor + "]";
    }
}
