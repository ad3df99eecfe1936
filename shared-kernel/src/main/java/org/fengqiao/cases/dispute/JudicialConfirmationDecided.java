package org.fengqiao.cases.dispute;

import java.time.Instant;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The court decided on the parties' application for judicial confirmation. CONFIRMED: the agreement is enforceable
 * by the court. REJECTED: the agreement does not stand as it is; {@code route} tells the parties where they go from
 * here (人民调解法 Art. 33: change the agreement or reach a new one by mediation, or sue in court), and the dispute
 * may reach a new mediation agreement. {@code route} is {@code null} for a confirmation.
 */
public record JudicialConfirmationDecided(
        CaseId caseId,
        JudicialDecision decision,
        @NotPersonalData("a court's case number (案号): names no one") String courtReference,
        @NotPersonalData("a fixed text of the law's routes") String route,
        Instant occurredAt,
        Actor actor) implements DisputeEvent {

    /** The route a rejection opens, as 人民调解法 Art. 33 words it. */
    public static final String REJECTED_ROUTE = "变更原调解协议或者达成新的调解协议，或者向人民法院提起诉讼"
            + " (change the agreement or reach a new one by mediation, or sue in court; 人民调解法 Art. 33)";
}
