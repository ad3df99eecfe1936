package org.fengqiao.cases;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/**
 * Every command addresses one case, names who issued it and when what it records happened (its business time; the
 * recording time is the event store's).
 */
public interface CaseCommand {

    CaseId caseId();

    Actor actor();

    Instant occurredAt();

    /** The request field that carries {@link #occurredAt()}, named when a business time is refused. */
    default String occurredAtField() {
        return "occurredAt";
    }
}
