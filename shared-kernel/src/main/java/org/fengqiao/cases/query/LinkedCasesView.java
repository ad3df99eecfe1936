package org.fengqiao.cases.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.fengqiao.cases.links.CaseLinkConfirmed;
import org.fengqiao.cases.links.CaseLinked;
import org.fengqiao.cases.links.CaseMerged;
import org.fengqiao.cases.links.DuplicateAbsorbed;
import org.fengqiao.cases.links.LinkEvent;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Values;

/**
 * The cases a case view names (关联 / 并案): {@code cases}, the cases linked to it, each complete or pending;
 * {@code mergedInto}, the primary this duplicate was merged into ({@code null} unless merged); {@code duplicates},
 * the duplicates merged into this case, its repeats. Only ids, kinds and case numbers: no personal data. A reader is
 * shown only the cases it may see itself ({@link #only}).
 */
public record LinkedCasesView(List<LinkedCaseView> cases, LinkedCaseView mergedInto, List<LinkedCaseView> duplicates) {

    /** No linked case, not merged, no duplicate. */
    public static final LinkedCasesView NONE = new LinkedCasesView(List.of(), null, List.of());

    public LinkedCasesView {
        cases = Values.listOf(cases);
        duplicates = Values.listOf(duplicates);
    }

    /** How many duplicates were merged into the case: the repeats the boards count. */
    public int repeats() {
        return duplicates.size();
    }

    /** The same view without the cases {@code visible} does not admit, for a reader who may not see them. */
    public LinkedCasesView only(Predicate<LinkedCaseView> visible) {
        return new LinkedCasesView(cases.stream().filter(visible).toList(),
                mergedInto == null || !visible.test(mergedInto) ? null : mergedInto,
                duplicates.stream().filter(visible).toList());
    }

    /** The view after one of the case's link events; a duplicate's primary is of its own kind, {@code kind}. */
    public static LinkedCasesView after(LinkedCasesView before, LinkEvent event, CaseKind kind) {
        LinkedCasesView view = before == null ? NONE : before;
        if (event instanceof CaseLinked e) {
            List<LinkedCaseView> cases = new ArrayList<>(view.cases);
            cases.removeIf(c -> c.caseId().equals(e.linkedCaseId()));
            cases.add(new LinkedCaseView(e.linkedCaseId(), e.linkedKind(), e.linkedCaseNumber(), !e.initiated()));
            return new LinkedCasesView(cases, view.mergedInto, view.duplicates);
        } else if (event instanceof CaseLinkConfirmed e) {
            return new LinkedCasesView(view.cases.stream().map(c -> c.caseId().equals(e.linkedCaseId())
                    ? new LinkedCaseView(c.caseId(), c.kind(), c.caseNumber(), true) : c).toList(),
                    view.mergedInto, view.duplicates);
        } else if (event instanceof CaseMerged e) {
            return new LinkedCasesView(view.cases, new LinkedCaseView(e.primaryId(), kind, e.primaryCaseNumber(),
                    true), view.duplicates);
        } else if (event instanceof DuplicateAbsorbed e) {
            List<LinkedCaseView> duplicates = new ArrayList<>(view.duplicates);
            duplicates.add(new LinkedCaseView(e.duplicateId(), e.duplicateKind(), e.duplicateCaseNumber(), true));
            return new LinkedCasesView(view.cases, view.mergedInto, duplicates);
        }
        return view;
    }
}
