package org.fengqiao.cases.query;

import java.util.List;
import org.fengqiao.cases.common.NotPersonalData;
import org.fengqiao.cases.common.Values;

/**
 * What follows a case's agreement, as the case view shows it: the agreement's terms one by one with their performance
 * ({@code terms}, empty for an agreement without terms or a case without an agreement), and whether a supervisor let
 * the case close as resolved with terms open ({@code performanceWaived}).
 */
public record AftercareView(
        @NotPersonalData("the terms' numbers, units, due days and performance: no text, no person's name") List<TermView> terms,
        boolean performanceWaived) {

    /** Nothing to follow up: no agreement with terms. */
    public static final AftercareView NONE = new AftercareView(List.of(), false);

    public AftercareView {
        terms = Values.listOf(terms);
    }

    /** The terms not yet performed. */
    public long openTerms() {
        return terms.stream().filter(TermView::open).count();
    }
}
