package org.fengqiao.query.caseview;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.AftercareEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.links.LinkEvent;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewBuilder;
import org.fengqiao.cases.query.DispatchView;
import org.fengqiao.cases.query.JudicialConfirmationView;
import org.fengqiao.cases.query.LinkedCasesView;
import org.fengqiao.cases.query.MeetingView;
import org.fengqiao.cases.risk.RiskCheckInRecorded;
import org.fengqiao.cases.risk.RiskLeaderAssigned;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.status.CaseStatusMachine;
import org.fengqiao.cases.timelimits.DeadlineExtended;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.HearingEnded;
import org.fengqiao.cases.timelimits.HearingStarted;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;

/**
 * The one definition of how events make a {@link CaseView}. The live projection and the point-in-time rebuild from the
 * event store both call {@link #apply}, so the two can never disagree.
 *
 * <p>The fold is pure and guards its own order: an event applies only when its sequence number is the view's version
 * (the next event the view expects; 0 for a case not seen yet). Any other event, one already folded in or one beyond
 * a gap, leaves the view as it is, so a redelivery or a replay over an existing view changes nothing.
 */
public final class CaseViewFold {

    private CaseViewFold() {
    }

    /**
     * The view after {@code event}, or {@code before} itself when the event does not apply (see
     * {@link #applies(CaseView, long)}).
     *
     * @param before     the view so far, {@code null} before the case's first event
     * @param event      the event
     * @param sequence   the event's sequence number in the case's stream
     * @param recordedAt the time the event store recorded the event (the event message's timestamp)
     * @throws IllegalArgumentException when the event belongs to another case, or a view would start with anything
     *                                  but an intake event
     */
    public static CaseView apply(CaseView before, CaseEvent event, long sequence, Instant recordedAt) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (!applies(before, sequence)) {
            return before;
        }
        if (before == null) {
            return received(event, recordedAt);
        }
        if (!before.caseId().equals(event.caseId())) {
            throw new IllegalArgumentException("event of case " + event.caseId() + " folded into case " + before.caseId());
        }
        CaseViewBuilder view = before.toBuilder().version(sequence + 1).lastActivityAt(millis(recordedAt));
        change(before, view, event);
        return view.build();
    }

    /** Whether the event with this sequence number is the one {@code before} expects next. */
    public static boolean applies(CaseView before, long sequence) {
        return sequence == (before == null ? 0 : before.version());
    }

    private static CaseView received(CaseEvent event, Instant recordedAt) {
        CaseViewBuilder view;
        if (event instanceof PetitionReceived e) {
            view = CaseView.builder(e.caseId(), CaseKind.PETITION)
                    .caseNumber(e.caseNumber())
                    .category(e.category())
                    .subject(e.subject())
                    .jurisdiction(e.jurisdiction())
                    .groupCase(e.groupCase())
                    .petitionType(e.type())
                    .people(e.people());
        } else if (event instanceof DisputeReceived e) {
            view = CaseView.builder(e.caseId(), CaseKind.DISPUTE)
                    .caseNumber(e.caseNumber())
                    .category(e.category())
                    .subject(e.subject())
                    .jurisdiction(e.jurisdiction())
                    .people(e.parties().size());
        } else {
            throw new IllegalArgumentException(
                    "a case view starts with an intake event, not " + event.getClass().getSimpleName());
        }
        return view.status(CaseStatusMachine.after(null, event))
                .riskLevel(RiskLevel.LOW)
                .level(Level.GRID)
                .receivedAt(millis(event.occurredAt()))
                .lastActivityAt(millis(recordedAt))
                .version(1)
                .build();
    }

    private static void change(CaseView before, CaseViewBuilder view, CaseEvent event) {
        if (event instanceof PetitionReceived || event instanceof DisputeReceived) {
            throw new IllegalArgumentException("case " + before.caseId() + " was received twice");
        }
        CaseStatus status = CaseStatusMachine.after(before.status(), event);
        view.status(status)
                .dispatch(DispatchView.after(before.dispatch(), event))
                .judicialConfirmation(JudicialConfirmationView.after(before.judicialConfirmation(), event));
        if (event instanceof PetitionAccepted e) {
            view.acceptedAt(millis(e.occurredAt()));
        } else if (event instanceof CaseAssigned e) {
            view.unit(e.unit()).officer(e.officer()).level(e.level()).assignedAt(millis(e.occurredAt()));
        } else if (event instanceof CaseReassigned e) {
            view.unit(e.unit()).officer(e.officer()).level(e.level()).assignedAt(millis(e.occurredAt()));
        } else if (event instanceof MeetingHeld e) {
            view.meetingHeld(MeetingView.of(e));
        } else if (event instanceof DispatchReturnDecided e) {
            if (e.decision() == ReturnDecision.APPROVE && e.unit().equals(before.unit())) {
                // the unit's return or objection approved: the case is handed back
                view.unit(null).officer(null);
            }
        } else if (event instanceof CaseEscalated e) {
            view.level(e.toLevel()).escalated(true);
        } else if (event instanceof RiskLevelChanged e) {
            view.riskLevel(e.level());
            if (e.policeInformed() != null) {
                view.policeInformed(e.policeInformed());
            }
        } else if (event instanceof RiskLeaderAssigned e) {
            view.riskLeader(e.leader());
        } else if (event instanceof RiskCheckInRecorded e) {
            view.lastCheckInAt(millis(e.occurredAt()));
        } else if (event instanceof DeadlineSet e) {
            view.deadline(e.limit(), millis(e.dueAt())).calendarDegraded(e.limit(), e.calendarDegraded());
            if (e.remindAt() != null) {
                view.dueSoon(e.limit(), false);
            }
        } else if (event instanceof DeadlineExtended e) {
            view.deadline(e.limit(), millis(e.dueAt()))
                    .calendarDegraded(e.limit(), e.calendarDegraded())
                    .dueSoon(e.limit(), false);
        } else if (event instanceof DeadlineReminded e) {
            view.dueSoon(e.limit(), true);
        } else if (event instanceof DeadlineMet e) {
            view.limitEnded(e.limit());
        } else if (event instanceof DeadlineMissed e) {
            view.limitEnded(e.limit());
            if (!e.limit().isPartiesWindow()) {
                view.missedDeadlines(before.missedDeadlines() + 1);
            }
            if (e.limit() != TimeLimit.CHECK_IN && !e.limit().isPartiesWindow() && status != CaseStatus.CLOSED) {
                view.overdue(true);
            }
        } else if (event instanceof HearingStarted) {
            view.hearing(true);
        } else if (event instanceof HearingEnded) {
            view.hearing(false);
        } else if (event instanceof ReviewRequested e) {
            view.level(e.toLevel()).reviewStage(e.stage()).hasReply(false);
            closureUndone(view);
        } else if (event instanceof HandlingPlanAgreed e) {
            view.hasAgreement(true).aftercare(AftercareFold.agreed(before.aftercare(), e.obligations()));
        } else if (event instanceof MediationAgreementReached e) {
            view.hasAgreement(true).aftercare(AftercareFold.agreed(before.aftercare(), e.obligations()));
        } else if (event instanceof ReplyServed) {
            view.hasReply(true);
        } else if (event instanceof CaseMarkedConfidential e) {
            view.confidential(true)
                    .confidentialRoles(Set.copyOf(e.roles()))
                    .confidentialAccounts(Set.copyOf(e.accounts()));
        } else if (event instanceof ConfidentialityLifted) {
            view.confidential(false).confidentialRoles(Set.of()).confidentialAccounts(Set.of());
        } else if (event instanceof LinkEvent e) {
            view.linked(LinkedCasesView.after(before.linked(), e, before.kind()));
        } else if (event instanceof AftercareEvent e) {
            view.aftercare(AftercareFold.apply(before.aftercare(), e));
            if (e instanceof CaseReopenedForRework reopened) {
                // reopened as a review reopens a petition: the closure no longer stands
                view.level(reopened.level());
                closureUndone(view);
            }
        } else if (event instanceof CaseClosed e) {
            view.aftercare(AftercareFold.closed(before.aftercare(), e))
                    .outcome(e.outcome())
                    .satisfaction(e.satisfaction())
                    .resolutionLevel(e.resolutionLevel())
                    .closedAt(millis(e.occurredAt()))
                    .overdue(false);
        }
        // PetitionNotAccepted (a CaseClosed follows), MediationRefused, NoteAdded, AttachmentRecorded, NoticeServed (the
        // limit it ends follows as DeadlineMet or DeadlineMissed; the history and the dossier list it),
        // HotlineExtensionRequested (the limit runs on until the hotline decides), HotlineExtensionDecided (the
        // DeadlineSet after an approval moves the limit) and event types
        // newer than this code only count towards version and lastActivityAt; the dispatch events change the
        // dispatch (DispatchView.after).
    }

    /** A closure that no longer stands (a review, a reopening for rework). */
    private static void closureUndone(CaseViewBuilder view) {
        view.outcome(null).satisfaction(null).resolutionLevel(null).closedAt(null);
    }

    private static Instant millis(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }
}
