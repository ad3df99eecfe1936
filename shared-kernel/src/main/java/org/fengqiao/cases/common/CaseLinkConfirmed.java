package org.fengqiao.cases.common;

import java.time.Instant;

/** The other case recorded its side of a link this case initiated ({@link CaseLinked}): the link is complete. */
public record CaseLinkConfirmed(
        CaseId caseId,
        CaseId linkedCaseId,
        Instant occurredAt,
        Actor actor) implements LinkEvent {
}
