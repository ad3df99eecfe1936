package org.fengqiao.cases.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fengqiao.cases.common.AftercareEvent;
import org.fengqiao.cases.common.AgreementTerm;
import org.fengqiao.cases.common.PerformanceWaived;
import org.fengqiao.cases.common.TermDueReminded;
import org.fengqiao.cases.common.TermPerformance;
import org.fengqiao.cases.common.TermPerformanceRecorded;
import org.fengqiao.cases.common.TermPerformanceUrged;

/** How an agreement's terms and the events that follow them make a case view's {@link AftercareView}. */
final class AftercareFold {

    private AftercareFold() {
    }

    /** The terms of an agreement just made, numbered from 1, none performed yet. */
    static AftercareView agreed(List<AgreementTerm> obligations) {
        List<TermView> terms = new ArrayList<>();
        for (int number = 1; number <= obligations.size(); number++) {
            AgreementTerm term = obligations.get(number - 1);
            terms.add(new TermView(number, term.unit(), term.dueBy(), null, true, false, false));
        }
        return new AftercareView(terms, false);
    }

    static AftercareView apply(AftercareView before, AftercareEvent event) {
        if (event instanceof TermPerformanceRecorded e) {
            return term(before, e.term(), t -> new TermView(t.number(), t.unit(), t.dueBy(), e.status(),
                    e.status() != TermPerformance.PERFORMED, t.reminded(), t.urged()));
        } else if (event instanceof TermDueReminded e) {
            return term(before, e.term(), t -> new TermView(t.number(), t.unit(), t.dueBy(), t.performance(),
                    t.open(), true, t.urged()));
        } else if (event instanceof TermPerformanceUrged e) {
            return term(before, e.term(), t -> new TermView(t.number(), t.unit(), t.dueBy(), t.performance(),
                    t.open(), t.reminded(), true));
        } else if (event instanceof PerformanceWaived) {
            return new AftercareView(before.terms(), true);
        }
        return before;
    }

    private static AftercareView term(AftercareView before, int number, UnaryOperator<TermView> change) {
        List<TermView> terms = before.terms().stream().map(t -> t.number() == number ? change.apply(t) : t).toList();
        return new AftercareView(terms, before.performanceWaived());
    }
}
