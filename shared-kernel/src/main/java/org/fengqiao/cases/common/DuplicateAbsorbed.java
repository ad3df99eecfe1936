package org.fengqiao.cases.common;

import java.time.Instant;

/** The case is the primary that the duplicate {@code duplicateId} was merged into ({@link CaseMerged}). */
public record DuplicateAbsorbed(
        CaseId caseId,
        CaseId duplicateId,
        CaseKind duplicateKind,
        CaseNumber duplicateCaseNumber,
        Instant occurredAt,
        Actor actor) implements LinkEvent {
}
