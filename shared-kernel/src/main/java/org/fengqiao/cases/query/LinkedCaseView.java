package org.fengqiao.cases.query;

import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;

/**
 * Another case as a case view names it: a linked case, the primary a duplicate was merged into, or a duplicate
 * merged into this one. {@code complete}: both cases recorded the link (a link this case asked for is pending until
 * the other case recorded its side); always true for a merger's cases.
 */
public record LinkedCaseView(CaseId caseId, CaseKind kind, CaseNumber caseNumber, boolean complete) {
}
