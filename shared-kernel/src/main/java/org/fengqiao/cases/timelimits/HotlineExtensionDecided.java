package org.fengqiao.cases.timelimits;

import java.time.Instant;
import java.time.LocalDate;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * The 12345 hotline decided on an extension (延期) of the work order: {@code approved} with its new {@code dueDate}
 * (a {@link DeadlineSet} of the {@link TimeLimit#HOTLINE} limit replacing the running one follows), or refused
 * ({@code dueDate} is then {@code null} and the limit stays as it was).
 */
public record HotlineExtensionDecided(
        CaseId caseId,
        boolean approved,
        LocalDate dueDate,
        Instant occurredAt,
        Actor actor) implements TimeLimitEvent {
}
