package org.fengqiao.cases.query;

import java.time.Instant;
import java.util.Objects;
import org.fengqiao.cases.value.CaseId;

/**
 * Asks for a case as the system knew it at {@code asOf}: the {@link CaseView} folded from the events that the event
 * store had recorded at that instant (compared with each event's recording time, not its business time). Answered
 * with {@code null} when no event of the case had been recorded by then.
 */
public record FindCaseAsOf(CaseId caseId, Instant asOf) {

    public FindCaseAsOf {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
