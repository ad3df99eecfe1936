package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Assigns a case to a handling unit and optionally an officer (交办/指派), or reassigns it when it already has one.
 * Issued by a supervisor. {@code kind} is the kind the caller addressed, checked against the case.
 */
public record AssignCase(
        @TargetAggregateIdentifier CaseId caseId,
        CaseKind kind,
        UnitCode unit,
        @NotPersonalData("a staff account: the handling officer") String officer,
        @PersonalData String note,
        Instant occurredAt,
        Actor actor) implements LifecycleCommand {

    public AssignCase {
        officer = Values.clean(officer);
        note = Values.clean(note);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "AssignCase[caseId=" + caseId + ", kind=" + kind + ", unit=" + unit + ", occurredAt="
                + occurredAt + ", actor=" + actor + "]";
    }
}
