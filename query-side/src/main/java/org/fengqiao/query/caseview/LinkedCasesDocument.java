package org.fengqiao.query.caseview;

import java.util.List;
import org.fengqiao.cases.query.LinkedCaseView;
import org.fengqiao.cases.query.LinkedCasesView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;

/**
 * How a case view's {@link LinkedCasesView} is stored inside its {@link CaseViewDocument}: plain strings and
 * booleans. Absent in documents written before cases were linked: none.
 */
record LinkedCasesDocument(List<Linked> cases, Linked mergedInto, List<Linked> duplicates) {

    /** One other case: its id, kind, case number and whether the link is complete. */
    record Linked(String caseId, String kind, String caseNumber, boolean complete) {

        static Linked of(LinkedCaseView view) {
            return view == null ? null : new Linked(view.caseId().value(),
                    view.kind() == null ? null : view.kind().name(),
                    view.caseNumber() == null ? null : view.caseNumber().value(), view.complete());
        }

        LinkedCaseView toView() {
            return new LinkedCaseView(new CaseId(caseId), kind == null ? null : CaseKind.valueOf(kind),
                    caseNumber == null ? null : new CaseNumber(caseNumber), complete);
        }
    }

    static LinkedCasesDocument of(LinkedCasesView view) {
        return new LinkedCasesDocument(view.cases().stream().map(Linked::of).toList(), Linked.of(view.mergedInto()),
                view.duplicates().stream().map(Linked::of).toList());
    }

    LinkedCasesView toView() {
        return new LinkedCasesView(cases == null ? List.of() : cases.stream().map(Linked::toView).toList(),
                mergedInto == null ? null : mergedInto.toView(),
                duplicates == null ? List.of() : duplicates.stream().map(Linked::toView).toList());
    }
}
