package org.fengqiao.cases.links;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;

/** The case is the primary that the duplicate {@code duplicateId} was merged into ({@link CaseMerged}). */
public record DuplicateAbsorbed(
        CaseId caseId,
        CaseId duplicateId,
        CaseKind duplicateKind,
        CaseNumber duplicateCaseNumber,
        Instant occurredAt,
        Actor actor) implements LinkEvent {
}
