package org.fengqiao.cases.links;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;

/** The other case recorded its side of a link this case initiated ({@link CaseLinked}): the link is complete. */
public record CaseLinkConfirmed(
        CaseId caseId,
        CaseId linkedCaseId,
        Instant occurredAt,
        Actor actor) implements LinkEvent {
}
