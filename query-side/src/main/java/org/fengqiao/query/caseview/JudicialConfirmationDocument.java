package org.fengqiao.query.caseview;

import java.time.Instant;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.cases.query.JudicialConfirmationView;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * How a case view's {@link JudicialConfirmationView} is stored inside its {@link CaseViewDocument}. Absent in
 * documents written before judicial confirmation existed, and for cases without a mediation agreement.
 */
record JudicialConfirmationDocument(
        Instant windowEndsAt,
        @NotPersonalData("the name of a people's court: a public body") String court,
        Instant appliedAt,
        @NotPersonalData("CONFIRMED or REJECTED") String decision,
        @NotPersonalData("a court's case number (案号): names no one") String courtReference,
        Instant decidedAt,
        @NotPersonalData("a fixed text of the law's routes") String route) {

    static JudicialConfirmationDocument of(JudicialConfirmationView view) {
        return view == null ? null : new JudicialConfirmationDocument(view.windowEndsAt(), view.court(),
                view.appliedAt(), view.decision() == null ? null : view.decision().name(), view.courtReference(),
                view.decidedAt(), view.route());
    }

    JudicialConfirmationView toView() {
        return new JudicialConfirmationView(windowEndsAt, court, appliedAt,
                decision == null ? null : JudicialDecision.valueOf(decision), courtReference, decidedAt, route);
    }
}
