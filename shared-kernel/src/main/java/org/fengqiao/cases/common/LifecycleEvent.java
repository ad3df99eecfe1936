package org.fengqiao.cases.common;

/** Events that petitions and disputes share, in lifecycle order. */
public sealed interface LifecycleEvent extends CaseEvent
        permits CaseAssigned, CaseReassigned, MeetingHeld, CaseEscalated, RiskLevelChanged, NoteAdded,
        AttachmentRecorded, CaseClosed, DeadlineSet, DeadlineExtended, DeadlineReminded, DeadlineMet,
        DeadlineMissed, HearingStarted, HearingEnded, AssignmentObjected, RiskLeaderAssigned, RiskCheckInRecorded,
        CaseDispatched, DispatchSigned, DispatchReturnRequested, DispatchReturnDecided, ContributionReported,
        ContributionWaived, DispatchSignOverdue, AftercareEvent, UrgingIssued, SupervisionOrdered,
        SupervisionFeedbackGiven, SupervisionFeedbackOverdue, NoticeServed, LinkEvent, HotlineExtensionDecided {
}
