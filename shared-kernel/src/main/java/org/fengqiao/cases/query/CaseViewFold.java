package org.fengqiao.cases.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fengqiao.cases.common.AftercareEvent;
import org.fengqiao.cases.common.LinkEvent;
import org.fengqiao.cases.common.CaseAssigned;
import org.fengqiao.cases.common.CaseReopenedForRework;
import org.fengqiao.cases.common.CaseClosed;
import org.fengqiao.cases.common.CaseEscalated;
import org.fengqiao.cases.common.CaseEvent;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.CaseMarkedConfidential;
import org.fengqiao.cases.common.CaseNumber;
import org.fengqiao.cases.common.CaseReassigned;
import org.fengqiao.cases.common.CaseStatus;
import org.fengqiao.cases.common.Category;
import org.fengqiao.cases.common.ConfidentialityLifted;
import org.fengqiao.cases.common.DeadlineExtended;
import org.fengqiao.cases.common.DeadlineMet;
import org.fengqiao.cases.common.DeadlineMissed;
import org.fengqiao.cases.common.DeadlineReminded;
import org.fengqiao.cases.common.DeadlineSet;
import org.fengqiao.cases.common.DispatchReturnDecided;
import org.fengqiao.cases.common.ReturnDecision;
import org.fengqiao.cases.common.HearingEnded;
import org.fengqiao.cases.common.HearingStarted;
import org.fengqiao.cases.common.JurisdictionPath;
import org.fengqiao.cases.common.Level;
import org.fengqiao.cases.common.MeetingHeld;
import org.fengqiao.cases.common.MeetingType;
import org.fengqiao.cases.common.NotPersonalData;
import org.fengqiao.cases.common.Outcome;
import org.fengqiao.cases.common.RiskCheckInRecorded;
import org.fengqiao.cases.common.RiskLeaderAssigned;
import org.fengqiao.cases.common.RiskLevel;
import org.fengqiao.cases.common.RiskLevelChanged;
import org.fengqiao.cases.common.Satisfaction;
import org.fengqiao.cases.common.TimeLimit;
import org.fengqiao.cases.common.UnitCode;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.petition.ReviewStage;
import org.fengqiao.cases.status.CaseStatusMachine;

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
        Draft view = new Draft(before);
        view.version = sequence + 1;
        view.lastActivityAt = millis(recordedAt);
        change(view, event);
        return view.build();
    }

    /** Whether the event with this sequence number is the one {@code before} expects next. */
    public static boolean applies(CaseView before, long sequence) {
        return sequence == (before == null ? 0 : before.version());
    }

    private static CaseView received(CaseEvent event, Instant recordedAt) {
        Draft view = new Draft();
        view.caseId = event.caseId();
        view.status = CaseStatusMachine.after(null, event);
        view.riskLevel = RiskLevel.LOW;
        view.level = Level.GRID;
        view.receivedAt = millis(event.occurredAt());
        view.lastActivityAt = millis(recordedAt);
        view.version = 1;
        if (event instanceof PetitionReceived e) {
            view.kind = CaseKind.PETITION;
            view.caseNumber = e.caseNumber();
            view.category = e.category();
            view.subject = e.subject();
            view.jurisdiction = e.jurisdiction();
            view.groupCase = e.groupCase();
            view.petitionType = e.type();
            view.people = e.people();
        } else if (event instanceof DisputeReceived e) {
            view.kind = CaseKind.DISPUTE;
            view.caseNumber = e.caseNumber();
            view.category = e.category();
            view.subject = e.subject();
            view.jurisdiction = e.jurisdiction();
            view.people = e.parties().size();
        } else {
            throw new IllegalArgumentException(
                    "a case view starts with an intake event, not " + event.getClass().getSimpleName());
        }
        return view.build();
    }

    private static void change(Draft view, CaseEvent event) {
        if (event instanceof PetitionReceived || event instanceof DisputeReceived) {
            throw new IllegalArgumentException("case " + view.caseId + " was received twice");
        }
        view.status = CaseStatusMachine.after(view.status, event);
        view.dispatch = DispatchView.after(view.dispatch, event);
        view.judicialConfirmation = JudicialConfirmationView.after(view.judicialConfirmation, event);
        if (event instanceof PetitionAccepted e) {
            view.acceptedAt = millis(e.occurredAt());
        } else if (event instanceof CaseAssigned e) {
            view.unit = e.unit();
            view.officer = e.officer();
            view.level = e.level();
            view.assignedAt = millis(e.occurredAt());
        } else if (event instanceof CaseReassigned e) {
            view.unit = e.unit();
            view.officer = e.officer();
            view.level = e.level();
            view.assignedAt = millis(e.occurredAt());
        } else if (event instanceof MeetingHeld e) {
            view.meetings++;
            view.meetingsHeld.add(MeetingView.of(e));
            if (e.type() != null) {
                view.meetingsByType.merge(e.type(), 1, Integer::sum);
            }
        } else if (event instanceof DispatchReturnDecided e) {
            if (e.decision() == ReturnDecision.APPROVE && e.unit().equals(view.unit)) {
                // the unit's return or objection approved: the case is handed back
                view.unit = null;
                view.officer = null;
            }
        } else if (event instanceof CaseEscalated e) {
            view.level = e.toLevel();
            view.escalated = true;
        } else if (event instanceof RiskLevelChanged e) {
            view.riskLevel = e.level();
            if (e.policeInformed() != null) {
                view.policeInformed = e.policeInformed();
            }
        } else if (event instanceof RiskLeaderAssigned e) {
            view.riskLeader = e.leader();
        } else if (event instanceof RiskCheckInRecorded e) {
            view.lastCheckInAt = millis(e.occurredAt());
        } else if (event instanceof DeadlineSet e) {
            view.deadlines.put(e.limit(), millis(e.dueAt()));
            view.degraded(e.limit(), e.calendarDegraded());
            if (e.remindAt() != null) {
                view.dueSoon.remove(e.limit());
            }
        } else if (event instanceof DeadlineExtended e) {
            view.deadlines.put(e.limit(), millis(e.dueAt()));
            view.degraded(e.limit(), e.calendarDegraded());
            view.dueSoon.remove(e.limit());
        } else if (event instanceof DeadlineReminded e) {
            view.dueSoon.add(e.limit());
        } else if (event instanceof DeadlineMet e) {
            view.deadlines.remove(e.limit());
            view.dueSoon.remove(e.limit());
        } else if (event instanceof DeadlineMissed e) {
            view.deadlines.remove(e.limit());
            view.dueSoon.remove(e.limit());
            if (!e.limit().isPartiesWindow()) {
                view.missedDeadlines++;
            }
            if (e.limit() != TimeLimit.CHECK_IN && !e.limit().isPartiesWindow() && view.status != CaseStatus.CLOSED) {
                view.overdue = true;
            }
        } else if (event instanceof HearingStarted) {
            view.hearing = true;
        } else if (event instanceof HearingEnded) {
            view.hearing = false;
        } else if (event instanceof ReviewRequested e) {
            view.level = e.toLevel();
            view.reviewStage = e.stage();
            view.hasReply = false;
            view.outcome = null;
            view.satisfaction = null;
            view.resolutionLevel = null;
            view.closedAt = null;
        } else if (event instanceof HandlingPlanAgreed e) {
            view.hasAgreement = true;
            view.aftercare = AftercareFold.agreed(view.aftercare, e.obligations());
        } else if (event instanceof MediationAgreementReached e) {
            view.hasAgreement = true;
            view.aftercare = AftercareFold.agreed(view.aftercare, e.obligations());
        } else if (event instanceof ReplyServed) {
            view.hasReply = true;
        } else if (event instanceof CaseMarkedConfidential e) {
            view.confidential = true;
            view.confidentialRoles = Set.copyOf(e.roles());
            view.confidentialAccounts = Set.copyOf(e.accounts());
        } else if (event instanceof ConfidentialityLifted) {
            view.confidential = false;
            view.confidentialRoles = Set.of();
            view.confidentialAccounts = Set.of();
        } else if (event instanceof LinkEvent e) {
            view.linked = LinkedCasesView.after(view.linked, e, view.kind);
        } else if (event instanceof AftercareEvent e) {
            view.aftercare = AftercareFold.apply(view.aftercare, e);
            if (e instanceof CaseReopenedForRework reopened) {
                // reopened as a review reopens a petition: the closure no longer stands
                view.level = reopened.level();
                view.outcome = null;
                view.satisfaction = null;
                view.resolutionLevel = null;
                view.closedAt = null;
            }
        } else if (event instanceof CaseClosed e) {
            view.aftercare = AftercareFold.closed(view.aftercare, e);
            view.outcome = e.outcome();
            view.satisfaction = e.satisfaction();
            view.resolutionLevel = e.resolutionLevel();
            view.closedAt = millis(e.occurredAt());
            view.overdue = false;
        }
        // PetitionNotAccepted (a CaseClosed follows), MediationRefused, NoteAdded, AttachmentRecorded, NoticeServed (the
        // limit it ends follows as DeadlineMet or DeadlineMissed; the history and the dossier list it),
        // HotlineExtensionDecided (the DeadlineSet after an approval moves the limit) and event types
        // newer than this code only count towards version and lastActivityAt; the dispatch events change the
        // dispatch (DispatchView.after).
    }

    private static Instant millis(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A mutable copy of a view, so that each event names only what it changes. */
    private static final class Draft {
        CaseId caseId;
        CaseKind kind;
        CaseNumber caseNumber;
        CaseStatus status;
        Category category;
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject;
        JurisdictionPath jurisdiction;
        UnitCode unit;
        @NotPersonalData("a staff account: the handling officer") String officer;
        RiskLevel riskLevel;
        Level level;
        Level resolutionLevel;
        Instant receivedAt;
        Instant acceptedAt;
        Instant assignedAt;
        Instant lastActivityAt;
        Instant closedAt;
        int meetings;
        Map<MeetingType, Integer> meetingsByType = new EnumMap<>(MeetingType.class);
        boolean hasAgreement;
        boolean hasReply;
        Outcome outcome;
        Satisfaction satisfaction;
        boolean escalated;
        Map<TimeLimit, Instant> deadlines = new EnumMap<>(TimeLimit.class);
        Set<TimeLimit> dueSoon = EnumSet.noneOf(TimeLimit.class);
        int missedDeadlines;
        boolean overdue;
        boolean hearing;
        @NotPersonalData("a staff account: the leader who owns the case") String riskLeader;
        Boolean policeInformed;
        ReviewStage reviewStage;
        long version;
        boolean confidential;
        Set<String> confidentialRoles = Set.of();
        Set<String> confidentialAccounts = Set.of();
        Set<TimeLimit> calendarDegradedLimits = EnumSet.noneOf(TimeLimit.class);
        DispatchView dispatch;
        AftercareView aftercare = AftercareView.NONE;
        boolean groupCase;
        int people;
        Instant lastCheckInAt;
        LinkedCasesView linked = LinkedCasesView.NONE;
        JudicialConfirmationView judicialConfirmation;
        List<MeetingView> meetingsHeld = new ArrayList<>();
        PetitionType petitionType;

        Draft() {
        }

        Draft(CaseView view) {
            caseId = view.caseId();
            kind = view.kind();
            caseNumber = view.caseNumber();
            status = view.status();
            category = view.category();
            subject = view.subject();
            jurisdiction = view.jurisdiction();
            unit = view.unit();
            officer = view.officer();
            riskLevel = view.riskLevel();
            level = view.level();
            resolutionLevel = view.resolutionLevel();
            receivedAt = view.receivedAt();
            acceptedAt = view.acceptedAt();
            assignedAt = view.assignedAt();
            lastActivityAt = view.lastActivityAt();
            closedAt = view.closedAt();
            meetings = view.meetings();
            meetingsByType.putAll(view.meetingsByType());
            hasAgreement = view.hasAgreement();
            hasReply = view.hasReply();
            outcome = view.outcome();
            satisfaction = view.satisfaction();
            escalated = view.escalated();
            deadlines.putAll(view.deadlines());
            dueSoon.addAll(view.dueSoon());
            missedDeadlines = view.missedDeadlines();
            overdue = view.overdue();
            hearing = view.hearing();
            riskLeader = view.riskLeader();
            policeInformed = view.policeInformed();
            reviewStage = view.reviewStage();
            version = view.version();
            confidential = view.confidential();
            confidentialRoles = view.confidentialRoles();
            confidentialAccounts = view.confidentialAccounts();
            calendarDegradedLimits.addAll(view.calendarDegradedLimits());
            dispatch = view.dispatch();
            aftercare = view.aftercare();
            groupCase = view.groupCase();
            people = view.people();
            lastCheckInAt = view.lastCheckInAt();
            linked = view.linked();
            judicialConfirmation = view.judicialConfirmation();
            meetingsHeld.addAll(view.meetingsHeld());
            petitionType = view.petitionType();
        }

        void degraded(TimeLimit limit, boolean degraded) {
            if (degraded) {
                calendarDegradedLimits.add(limit);
            } else {
                calendarDegradedLimits.remove(limit);
            }
        }

        CaseView build() {
            return new CaseView(caseId, kind, caseNumber, status, category, subject, jurisdiction, unit, officer,
                    riskLevel, level, resolutionLevel, receivedAt, acceptedAt, assignedAt, lastActivityAt, closedAt,
                    meetings, meetingsByType, hasAgreement, hasReply, outcome, satisfaction, escalated, deadlines,
                    dueSoon, missedDeadlines, overdue, hearing, riskLeader, policeInformed, reviewStage, version,
                    confidential, confidentialRoles, confidentialAccounts, false, calendarDegradedLimits, dispatch,
                    aftercare, groupCase, people, lastCheckInAt, linked, judicialConfirmation,
                    meetingsHeld, petitionType);
        }
    }
}
