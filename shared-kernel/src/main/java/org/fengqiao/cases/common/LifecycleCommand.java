package org.fengqiao.cases.common;

/**
 * Commands that petitions and disputes share. Each names the {@link CaseKind} the caller addressed, so that a
 * petition's id sent to a dispute path is not found rather than acted upon.
 */
public sealed interface LifecycleCommand extends CaseCommand
        permits AssignCase, RecordMeeting, EscalateCase, ChangeRiskLevel, AddNote, RecordAttachment, CloseCase,
        ExtendDeadline, StartHearing, EndHearing, ObjectToAssignment, AssignRiskLeader, RecordCheckIn,
        DispatchCase, SignForDispatch, RequestDispatchReturn, DecideDispatchReturn, ReportContribution, WaiveContribution,
        AftercareCommand, StartHotlineLimit, UrgeCase, OrderSupervision, GiveSupervisionFeedback, ServeNotice,
        LinkingCommand, DecideHotlineExtension {

    CaseKind kind();
}
