package org.fengqiao.cases.status;

import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.ReviewRequested;

/**
 * A case's status after each event, the one definition that the aggregate, the case view and the boards all call. It
 * depends only on the status before and the event's type: intake makes a case {@code RECEIVED}; acceptance
 * {@code ACCEPTED}; the first assignment {@code ASSIGNED} (a reassignment keeps the status); the first meeting of an
 * assigned case {@code IN_PROGRESS}; an agreement {@code AGREED}; a reply {@code REPLIED}; a review request reopens
 * the petition {@code IN_PROGRESS}, and so does a rework the case; closure {@code CLOSED}. Every other event keeps the status.
 */
public final class CaseStatusMachine {

    private CaseStatusMachine() {
    }

    /**
     * The status after {@code event}.
     *
     * @param before the status before it, {@code null} before the case's first event
     */
    public static CaseStatus after(CaseStatus before, CaseEvent event) {
        return after(before, event.getClass());
    }

    /** The status after an event of this type; see {@link #after(CaseStatus, CaseEvent)}. */
    public static CaseStatus after(CaseStatus before, Class<? extends CaseEvent> type) {
        if (type == PetitionReceived.class || type == DisputeReceived.class) {
            return CaseStatus.RECEIVED;
        }
        if (type == PetitionAccepted.class) {
            return CaseStatus.ACCEPTED;
        }
        if (type == CaseAssigned.class) {
            return CaseStatus.ASSIGNED;
        }
        if (type == MeetingHeld.class) {
            return before == CaseStatus.ASSIGNED ? CaseStatus.IN_PROGRESS : before;
        }
        if (type == HandlingPlanAgreed.class || type == MediationAgreementReached.class) {
            return CaseStatus.AGREED;
        }
        if (type == ReplyServed.class) {
            return CaseStatus.REPLIED;
        }
        if (type == ReviewRequested.class || type == CaseReopenedForRework.class) {
            return CaseStatus.IN_PROGRESS;
        }
        if (type == CaseClosed.class) {
            return CaseStatus.CLOSED;
        }
        return before;
    }
}
