package org.fengqiao.cases;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * Every event is a fact about one case: what happened, when it happened in business terms ({@code occurredAt}, given
 * by the caller or the time of the command) and who did it. The time it was recorded is the event message's
 * timestamp in the event store.
 */
public interface CaseEvent {

    CaseId caseId();

    Instant occurredAt();

    Actor actor();
}
