package org.fengqiao.cases.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A term of the agreement was not performed by the end of its due day: the obligor is to be urged to perform it
 * (督促履行, 人民调解法 Art. 31). Emitted once per term by the term's deadline, by the system.
 */
public record TermPerformanceUrged(
        CaseId caseId,
        int term,
        LocalDate dueBy,
        Instant occurredAt,
        Actor actor) implements AftercareEvent {
}
