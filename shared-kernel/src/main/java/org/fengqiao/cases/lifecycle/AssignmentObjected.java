package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The unit a case was assigned or transferred to objected that the matter is outside its remit, with its reasons,
 * within the working days the policy allows ({@code lastDay} was the last one). The case stays with the unit until a
 * supervisor reassigns it. {@code calendarDegraded}: {@code lastDay} was counted on weekdays alone for some day no
 * holiday file settled; absent (false) in events recorded before the flag existed.
 */
public record AssignmentObjected(
        CaseId caseId,
        UnitCode unit,
        @NotPersonalData("the unit's reason that the matter is outside its remit") String reason,
        LocalDate lastDay,
        Instant occurredAt,
        Actor actor,
        boolean calendarDegraded) implements LifecycleEvent {

    /** An objection whose window was counted with every day settled by the holiday files. */
    public AssignmentObjected(CaseId caseId, UnitCode unit, String reason, LocalDate lastDay, Instant occurredAt,
            Actor actor) {
        this(caseId, unit, reason, lastDay, occurredAt, actor, false);
    }
}
