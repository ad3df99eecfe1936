package org.fengqiao.query.caseview;

import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.aftercare.TermPerformance;
import org.fengqiao.cases.query.AftercareView;
import org.fengqiao.cases.query.TermView;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * How a case view's {@link AftercareView} is stored inside its {@link CaseViewDocument}: plain strings, numbers and
 * booleans. Absent in documents written before agreements had terms: nothing to follow up.
 */
record AftercareDocument(
        @NotPersonalData("the terms' numbers, units, due days and performance: no text, no person's name") List<Term> terms,
        boolean performanceWaived,
        int followUps,
        @NotPersonalData("SATISFIED, BASICALLY_SATISFIED or DISSATISFIED") String followUpSatisfaction,
        boolean followUpOverdue,
        boolean reworked) {

    /** One term: its number, the unit it binds, its due day (ISO date), its performance, open, reminded, urged. */
    record Term(int number, String unit, String dueBy,
            @NotPersonalData("PERFORMED, PARTLY or NOT_PERFORMED") String performance, boolean open, boolean reminded,
            boolean urged) {
    }

    static AftercareDocument of(AftercareView view) {
        return new AftercareDocument(view.terms().stream().map(t -> new Term(t.number(),
                t.unit() == null ? null : t.unit().value(), t.dueBy() == null ? null : t.dueBy().toString(),
                t.performance() == null ? null : t.performance().name(), t.open(), t.reminded(), t.urged()))
                .toList(), view.performanceWaived(), view.followUps(),
                view.followUpSatisfaction() == null ? null : view.followUpSatisfaction().name(), view.followUpOverdue(),
                view.reworked());
    }

    AftercareView toView() {
        return new AftercareView(terms == null ? List.of() : terms.stream().map(t -> new TermView(t.number(),
                t.unit() == null ? null : new UnitCode(t.unit()), t.dueBy() == null ? null : LocalDate.parse(t.dueBy()),
                t.performance() == null ? null : TermPerformance.valueOf(t.performance()), t.open(), t.reminded(),
                t.urged())).toList(), performanceWaived, followUps,
                followUpSatisfaction == null ? null : Satisfaction.valueOf(followUpSatisfaction), followUpOverdue,
                reworked);
    }
}
