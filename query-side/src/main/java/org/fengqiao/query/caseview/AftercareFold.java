package org.fengqiao.query.caseview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fengqiao.cases.aftercare.AftercareEvent;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.aftercare.PerformanceWaived;
import org.fengqiao.cases.aftercare.TermDueReminded;
import org.fengqiao.cases.aftercare.TermPerformance;
import org.fengqiao.cases.aftercare.TermPerformanceRecorded;
import org.fengqiao.cases.aftercare.TermPerformanceUrged;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.query.AftercareView;
import org.fengqiao.cases.query.TermView;

/** How an agreement's terms, closures and the events that follow them make a case view's {@link AftercareView}. */
final class AftercareFold {

    private AftercareFold() {
    }

    /** The terms of an agreement just made, numbered from 1, none performed yet. */
    static AftercareView agreed(AftercareView before, List<AgreementTerm> obligations) {
        List<TermView> terms = new ArrayList<>();
        for (int number = 1; number <= obligations.size(); number++) {
            AgreementTerm term = obligations.get(number - 1);
            terms.add(new TermView(number, term.unit(), term.dueBy(), null, true, false, false));
        }
        return before.withTerms(terms, false);
    }

    /** A closure starts its own follow-ups: none yet, not overdue. */
    static AftercareView closed(AftercareView before, CaseClosed closed) {
        return before.withFollowUps(0, null, false, before.reworked());
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
            return before.withTerms(before.terms(), true);
        } else if (event instanceof FollowUpRecorded e) {
            return before.withFollowUps(before.followUps() + 1, e.satisfaction(), false, before.reworked());
        } else if (event instanceof FollowUpOverdue) {
            return before.withFollowUps(before.followUps(), before.followUpSatisfaction(), true, before.reworked());
        } else if (event instanceof CaseReopenedForRework) {
            return before.withFollowUps(before.followUps(), before.followUpSatisfaction(), false, true);
        }
        return before;
    }

    private static AftercareView term(AftercareView before, int number, UnaryOperator<TermView> change) {
        List<TermView> terms = before.terms().stream().map(t -> t.number() == number ? change.apply(t) : t).toList();
        return before.withTerms(terms, before.performanceWaived());
    }
}
