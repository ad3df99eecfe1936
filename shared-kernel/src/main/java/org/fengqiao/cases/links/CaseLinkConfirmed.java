package org.fengqiao.cases.links;

import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import java.time.Instant;

/** The other case recorded its side of a link this case initiated ({@link CaseLinked}): the link is complete. */
public record CaseLinkConfirmed(
        CaseId caseId,
        CaseId linkedCaseId,
        Instant occurredAt,
        Actor actor) implements LinkEvent {
}
