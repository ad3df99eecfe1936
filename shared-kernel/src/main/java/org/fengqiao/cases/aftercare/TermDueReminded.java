package org.fengqiao.cases.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * A term of the agreement not yet performed is due soon: the policy's reminder days before the end of its due day.
 * Emitted once per term by the term's deadline, by the system.
 */
public record TermDueReminded(
        CaseId caseId,
        int term,
        LocalDate dueBy,
        Instant occurredAt,
        Actor actor) implements AftercareEvent {
}
