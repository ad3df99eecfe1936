package org.fengqiao.cases.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The unit a case was assigned or transferred to objected that the matter is outside its remit, with its reasons,
 * within the working days the policy allows ({@code lastDay} was the last one). The case stays with the unit until a
 * supervisor reassigns it.
 */
public record AssignmentObjected(
        CaseId caseId,
        UnitCode unit,
        @NotPersonalData("the unit's reason that the matter is outside its remit") String reason,
        LocalDate lastDay,
        Instant occurredAt,
        Actor actor) implements LifecycleEvent {
}
