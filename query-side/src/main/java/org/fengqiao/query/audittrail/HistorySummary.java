package org.fengqiao.query.audittrail;

import java.util.Locale;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.aftercare.PerformanceWaived;
import org.fengqiao.cases.aftercare.TermDueReminded;
import org.fengqiao.cases.aftercare.TermPerformanceRecorded;
import org.fengqiao.cases.aftercare.TermPerformanceUrged;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.confidentiality.ConfidentialityRequested;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.ContributionReported;
import org.fengqiao.cases.dispatch.ContributionWaived;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchReturnRequested;
import org.fengqiao.cases.dispatch.DispatchSignOverdue;
import org.fengqiao.cases.dispatch.DispatchSigned;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.JudicialConfirmationApplied;
import org.fengqiao.cases.dispute.JudicialConfirmationDecided;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.MediationRefused;
import org.fengqiao.cases.lifecycle.AssignmentObjected;
import org.fengqiao.cases.lifecycle.AttachmentRecorded;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.lifecycle.NoticeMethod;
import org.fengqiao.cases.lifecycle.NoticeServed;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.links.CaseLinkConfirmed;
import org.fengqiao.cases.links.CaseLinked;
import org.fengqiao.cases.links.CaseMerged;
import org.fengqiao.cases.links.DuplicateAbsorbed;
import org.fengqiao.cases.petition.GroupPetitions;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionNotAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.RepeatPetitionFlagged;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.risk.RiskCheckInRecorded;
import org.fengqiao.cases.risk.RiskLeaderAssigned;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.supervision.SupervisionFeedbackGiven;
import org.fengqiao.cases.supervision.SupervisionFeedbackOverdue;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.supervision.UrgingIssued;
import org.fengqiao.cases.timelimits.DeadlineExtended;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.HearingEnded;
import org.fengqiao.cases.timelimits.HearingStarted;
import org.fengqiao.cases.timelimits.HotlineExtensionDecided;
import org.fengqiao.cases.timelimits.HotlineExtensionRequested;
import org.fengqiao.integrity.DossierExported;
import org.fengqiao.personaldata.PersonalDataErased;
import org.fengqiao.personaldata.PersonalDataRestricted;
import org.fengqiao.personaldata.PersonalDataRestrictionLifted;
import org.fengqiao.personaldata.SealedValue;

/**
 * One English line per event for the history. It is built from codes, counts, levels and dates only: never a name,
 * a phone number, an officer or free text (content, minutes, notes, reasons, terms, file names), so it is safe to
 * show to anyone who may see the case exists, and to log.
 */
public final class HistorySummary {

    private HistorySummary() {
    }

    public static String of(Object payload) {
        if (payload instanceof PetitionReceived e) {
            return "Petition " + e.caseNumber() + " received by " + words(e.channel()) + " in grid "
                    + e.jurisdiction().grid() + ", category " + e.category() + ", "
                    + count(e.petitioners().size(), "petitioner") + group(e)
                    + (e.type() == null ? "" : ", " + words(e.type()))
                    + (e.respondents().isEmpty() ? "" : ", against " + count(e.respondents().size(), "respondent"));
        } else if (payload instanceof DisputeReceived e) {
            return "Dispute " + e.caseNumber() + " received from " + words(e.source()) + " in grid "
                    + e.jurisdiction().grid() + ", category " + e.category() + ", " + count(e.parties().size(), "party");
        } else if (payload instanceof PetitionAccepted) {
            return "Petition accepted";
        } else if (payload instanceof PetitionNotAccepted) {
            return "Petition not accepted";
        } else if (payload instanceof CaseAssigned e) {
            return "Assigned to " + e.unit() + " at " + words(e.level()) + " level"
                    + (e.officer() == null ? "" : ", with an officer");
        } else if (payload instanceof CaseReassigned e) {
            return "Reassigned from " + e.previousUnit() + " to " + e.unit() + " at " + words(e.level()) + " level"
                    + (e.officer() == null ? "" : ", with an officer");
        } else if (payload instanceof MeetingHeld e) {
            return capitalized(words(e.type())) + " held with " + count(e.participants().size(), "participant")
                    + sides(e) + (e.convener() == null ? "" : ", convened by " + e.convener())
                    + (e.decisions().isEmpty() ? "" : ", " + count(e.decisions().size(), "decision"));
        } else if (payload instanceof CaseEscalated e) {
            return "Escalated from " + words(e.fromLevel()) + " to " + words(e.toLevel()) + " level";
        } else if (payload instanceof RiskLevelChanged e) {
            return "Risk level changed from " + words(e.previousLevel()) + " to " + words(e.level());
        } else if (payload instanceof NoteAdded) {
            return "Note added";
        } else if (payload instanceof AttachmentRecorded e) {
            return "Attachment recorded (" + e.mediaType() + ", " + count(e.sizeBytes(), "byte") + ")";
        } else if (payload instanceof MediationRefused) {
            return "A party refused mediation";
        } else if (payload instanceof HandlingPlanAgreed e) {
            return "Handling plan agreed, to be performed by " + e.performBy() + terms(e.obligations().size());
        } else if (payload instanceof MediationAgreementReached e) {
            return (e.oral() ? "Oral mediation agreement" : "Mediation agreement") + " reached, to be performed by "
                    + e.performBy() + terms(e.obligations().size());
        } else if (payload instanceof ReplyServed e) {
            return "Written reply served, opinion " + words(e.opinion());
        } else if (payload instanceof CaseClosed e) {
            return "Closed as " + words(e.outcome()) + " at " + words(e.resolutionLevel()) + " level"
                    + (e.satisfaction() == null ? "" : ", resident " + words(e.satisfaction()));
        } else if (payload instanceof DossierExported e) {
            return "Dossier exported as " + e.format() + " with " + count(e.exportedVersion(), "event");
        } else if (payload instanceof DeadlineSet e) {
            return capitalized(words(e.limit())) + " limit " + (e.replaces() == null ? "set" : "moved")
                    + ", due " + e.dueAt();
        } else if (payload instanceof DeadlineExtended e) {
            return capitalized(words(e.limit())) + " limit extended by " + count(e.days(), "day") + ", due " + e.dueAt();
        } else if (payload instanceof DeadlineReminded e) {
            return capitalized(words(e.limit())) + " limit due soon, at " + e.dueAt();
        } else if (payload instanceof DeadlineMet e) {
            return capitalized(words(e.limit())) + " limit met";
        } else if (payload instanceof DeadlineMissed e) {
            return capitalized(words(e.limit())) + " limit missed, due " + e.dueAt();
        } else if (payload instanceof HearingStarted) {
            return "Hearing started; time limits suspended";
        } else if (payload instanceof HearingEnded) {
            return "Hearing ended; time limits run on";
        } else if (payload instanceof AssignmentObjected e) {
            return e.unit() + " objected to the assignment (last day " + e.lastDay() + ")";
        } else if (payload instanceof RiskLeaderAssigned) {
            return "A leader took ownership of the case";
        } else if (payload instanceof RiskCheckInRecorded) {
            return "Leader checked in";
        } else if (payload instanceof ReviewRequested e) {
            return capitalized(words(e.stage())) + " requested, at " + words(e.toLevel()) + " level";
        } else if (payload instanceof RepeatPetitionFlagged e) {
            return "Flagged as a repeat of petition " + e.relatedCaseNumber() + " after its re-review; not to be accepted ("
                    + e.rule() + ")";
        } else if (payload instanceof PersonalDataRestricted e) {
            return "Personal data of data subject " + e.subject() + " restricted";
        } else if (payload instanceof PersonalDataRestrictionLifted e) {
            return "Restriction of data subject " + e.subject() + " lifted";
        } else if (payload instanceof PersonalDataErased e && e.subject() == SealedValue.CASE_RECORD) {
            return "Case record destroyed at the end of its retention period (key destroyed)";
        } else if (payload instanceof PersonalDataErased e) {
            return "Personal data of data subject " + e.subject() + " erased (key destroyed)";
        } else if (payload instanceof CaseMarkedConfidential e) {
            return e.roles().isEmpty() && e.accounts().isEmpty()
                    ? "Marked confidential, visible to auditors and supervisors only"
                    : "Marked confidential, visible to " + count(e.roles().size(), "role") + " and "
                            + count(e.accounts().size(), "named account");
        } else if (payload instanceof ConfidentialityRequested e) {
            return "Confidentiality asked for at intake, for " + count(e.roles().size(), "role") + " and "
                    + count(e.accounts().size(), "named account") + "; a supervisor confirms it";
        } else if (payload instanceof ConfidentialityLifted) {
            return "Confidentiality lifted";
        } else if (payload instanceof CaseDispatched e) {
            return "Dispatched to " + e.leadUnit() + (e.coUnits().isEmpty() ? "" : " with " + e.coUnits().stream()
                    .map(Object::toString).collect(java.util.stream.Collectors.joining(", "))) + ", to sign by " + e.signBy();
        } else if (payload instanceof DispatchSigned e) {
            return e.unit() + " signed for the case";
        } else if (payload instanceof DispatchReturnRequested e) {
            return e.unit() + " asked to return the case (" + words(e.reasonCode()) + ")";
        } else if (payload instanceof DispatchReturnDecided e) {
            return e.decision() == ReturnDecision.APPROVE ? e.unit() + "'s return approved"
                    : e.unit() + "'s return refused: it handles the case";
        } else if (payload instanceof ContributionReported e) {
            return e.unit() + " reported its part";
        } else if (payload instanceof ContributionWaived e) {
            return e.unit() + "'s report waived";
        } else if (payload instanceof DispatchSignOverdue e) {
            return "Not signed for by " + e.signBy() + ": " + e.units().stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
        } else if (payload instanceof TermPerformanceRecorded e) {
            return "Term " + e.term() + " " + words(e.status());
        } else if (payload instanceof TermDueReminded e) {
            return "Term " + e.term() + " due soon, by " + e.dueBy();
        } else if (payload instanceof TermPerformanceUrged e) {
            return "Term " + e.term() + " not performed by " + e.dueBy() + ": performance urged";
        } else if (payload instanceof PerformanceWaived e) {
            return "Closure as resolved allowed with " + count(e.openTerms().size(), "term") + " open";
        } else if (payload instanceof UrgingIssued e) {
            return (e.limit() == null ? "Urged by hand" : "Urged after the missed " + words(e.limit()) + " limit")
                    + (e.unit() == null ? "" : ", to " + e.unit())
                    + (e.superviseAt() == null ? "" : "; supervision follows " + e.superviseAt() + " if still unmet");
        } else if (payload instanceof SupervisionOrdered e) {
            return (e.listed() ? "Listed supervision" : "Supervision") + " " + e.orderId() + " ordered by "
                    + (e.orderedBy() == null ? "the " + words(e.byLevel()) + " level" : e.orderedBy())
                    + (e.unit() == null ? "" : " to " + e.unit())
                    + (e.limit() == null ? "" : " for the missed " + words(e.limit()) + " limit")
                    + ", feedback due " + e.feedbackDue();
        } else if (payload instanceof SupervisionFeedbackGiven e) {
            return "Feedback on supervision " + e.orderId() + " given" + (e.late() ? " late" : "");
        } else if (payload instanceof SupervisionFeedbackOverdue e) {
            return "Feedback on supervision " + e.orderId() + " overdue since " + e.feedbackDue();
        } else if (payload instanceof NoticeServed e) {
            return capitalized(words(e.type())) + " notice served "
                    + (e.method() == NoticeMethod.IN_PERSON ? "in person" : "by " + words(e.method())) + " on "
                    + e.occurredAt();
        } else if (payload instanceof CaseLinked e) {
            // no case number: the other case may be one the reader of this history may not see
            return e.initiated() ? "Link to a " + words(e.linkedKind()) + " about the same matter asked for here"
                    : "Linked by a " + words(e.linkedKind()) + " about the same matter";
        } else if (payload instanceof CaseLinkConfirmed) {
            return "The linked case recorded the link: complete";
        } else if (payload instanceof CaseMerged) {
            return "Merged into its primary case as a duplicate";
        } else if (payload instanceof DuplicateAbsorbed e) {
            return "A duplicate " + words(e.duplicateKind()) + " was merged into this case";
        } else if (payload instanceof FollowUpRecorded e) {
            return "Follow-up by " + words(e.method()) + ", resident " + words(e.satisfaction())
                    + (Boolean.FALSE.equals(e.performed()) ? ", matter found unresolved" : "")
                    + (e.reworkWarranted() ? "; rework may be decided" : "");
        } else if (payload instanceof FollowUpOverdue e) {
            return "Follow-up overdue, due " + e.dueAt();
        } else if (payload instanceof HotlineExtensionRequested e) {
            return "Extension of the 12345 order to " + e.dueDate() + " asked of the hotline"
                    + (e.unit() == null ? "" : " by " + e.unit());
        } else if (payload instanceof HotlineExtensionDecided e) {
            return e.approved() ? "12345 hotline approved the extension to " + e.dueDate()
                    : "12345 hotline refused the extension";
        } else if (payload instanceof CaseReopenedForRework e) {
            return "Reopened for rework at " + words(e.level()) + " level";
        } else if (payload instanceof JudicialConfirmationApplied e) {
            return "The parties applied to " + e.court() + " for judicial confirmation of the agreement (window closes "
                    + e.windowEndsAt() + ")";
        } else if (payload instanceof JudicialConfirmationDecided e) {
            return e.decision() == JudicialDecision.CONFIRMED
                    ? "Agreement judicially confirmed, court reference " + e.courtReference()
                    : "Judicial confirmation rejected, court reference " + e.courtReference() + "; route: " + e.route();
        } else if (payload instanceof CaseEvent) {
            return payload.getClass().getSimpleName();
        }
        return payload == null ? "Unknown event" : payload.getClass().getSimpleName();
    }

    /** A typed meeting's sides: "; 1 party, 2 units (SH-FL-MEDIATION, SH-FL-PROPERTY), 1 mediator". */
    private static String sides(MeetingHeld e) {
        if (e.roles().isEmpty()) {
            return "";
        }
        java.util.Map<ParticipantSide, Long> bySide = new java.util.EnumMap<>(ParticipantSide.class);
        e.roles().forEach(role -> bySide.merge(role.side(), 1L, Long::sum));
        String units = e.roles().stream().map(ParticipantRole::unit).filter(java.util.Objects::nonNull).distinct()
                .map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
        return ": " + bySide.entrySet().stream().map(side -> count(side.getValue(), words(side.getKey()))
                + (side.getKey() == ParticipantSide.UNIT ? " (" + units + ")" : ""))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String terms(int n) {
        return n == 0 ? "" : ", " + count(n, "term");
    }

    /** {@code SUB_DISTRICT} reads as "sub-district", {@code MEDIATION_SESSION} as "mediation session". */
    private static String words(Enum<?> value) {
        if (value == null) {
            return "unknown";
        }
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "sub district".equals(text) ? "sub-district" : text;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A group petition: how many people, and whether its petitioners represent them. */
    private static String group(PetitionReceived e) {
        if (!e.groupCase()) {
            return "";
        }
        return GroupPetitions.representsOthers(e.petitioners().size(), e.headcount())
                ? ", group petition: representatives for " + count(e.people(), "person").replace("persons", "people")
                : ", group petition";
    }

    private static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun.equals("party") ? "parties" : noun + "s");
    }
}
