package org.fengqiao.cases.query;

import java.util.List;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * What follows a case's agreement and its closure, as the case view shows it: the agreement's terms one by one with
 * their performance ({@code terms}, empty for an agreement without terms or a case without an agreement), whether a
 * supervisor let the case close as resolved with terms open ({@code performanceWaived}), the follow-up visits recorded
 * since the latest closure ({@code followUps}) with the satisfaction the latest one found
 * ({@code followUpSatisfaction}), whether the latest closure's follow-up is overdue ({@code followUpOverdue}), and
 * whether the case was reopened for rework ({@code reworked}, once at most).
 */
public record AftercareView(
        @NotPersonalData("the terms' numbers, units, due days and performance: no text, no person's name") List<TermView> terms,
        boolean performanceWaived,
        int followUps,
        Satisfaction followUpSatisfaction,
        boolean followUpOverdue,
        boolean reworked) {

    /** Nothing to follow up: no agreement with terms, no follow-up. */
    public static final AftercareView NONE = new AftercareView(List.of(), false, 0, null, false, false);

    public AftercareView {
        terms = Values.listOf(terms);
    }

    /** The terms not yet performed. */
    public long openTerms() {
        return terms.stream().filter(TermView::open).count();
    }

    /** A copy with these terms (the query side's fold). */
    public AftercareView withTerms(List<TermView> newTerms, boolean waived) {
        return new AftercareView(newTerms, waived, followUps, followUpSatisfaction, followUpOverdue, reworked);
    }

    /** A copy with these follow-up figures (the query side's fold). */
    public AftercareView withFollowUps(int count, Satisfaction satisfaction, boolean overdue, boolean reworkedNow) {
        return new AftercareView(terms, performanceWaived, count, satisfaction, overdue, reworkedNow);
    }
}
