package org.fengqiao.query.audittrail;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * An event's one-line summary for people, as a message key of the console's bundle ({@code summary.<event>}, zh-CN
 * first, English through the same bundle) and its arguments as codes: enumerations, unit and node codes, counts,
 * dates and times, and nested lines for optional parts. {@link HistoryText} renders it in a language, with labels for
 * the codes and names for the units. Built from the same facts as the API's English {@link HistorySummary}, and like
 * it never from a name, a phone number, an officer or free text, so it is safe to show to anyone who may see the case.
 * Flags are passed as 0 or 1 and counts as numbers, for the bundle's {@code choice} formats.
 */
public record HistoryLine(String key, List<Object> args) {

    /** The empty optional part: renders as nothing. */
    public static final HistoryLine NONE = new HistoryLine("summary.none");

    public HistoryLine {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public HistoryLine(String key, Object... args) {
        this(key, Arrays.asList(args));
    }

    public static HistoryLine of(Object payload) {
        if (payload instanceof PetitionReceived e) {
            return line(e, e.caseNumber(), e.channel(), e.jurisdiction().grid(), e.category(),
                    e.petitioners().size(), group(e), optional("summary.petitionType", e.type()),
                    count("summary.respondents", e.respondents().size()));
        } else if (payload instanceof DisputeReceived e) {
            return line(e, e.caseNumber(), e.source(), e.jurisdiction().grid(), e.category(), e.parties().size());
        } else if (payload instanceof PetitionAccepted e) {
            return line(e);
        } else if (payload instanceof PetitionNotAccepted e) {
            return line(e);
        } else if (payload instanceof CaseAssigned e) {
            return line(e, e.unit(), e.level(), flag(e.officer() != null));
        } else if (payload instanceof CaseReassigned e) {
            return line(e, e.previousUnit(), e.unit(), e.level(), flag(e.officer() != null));
        } else if (payload instanceof MeetingHeld e) {
            return line(e, e.type(), e.participants().size(), sides(e),
                    optional("summary.convener", e.convener()), count("summary.decisions", e.decisions().size()));
        } else if (payload instanceof CaseEscalated e) {
            return line(e, e.fromLevel(), e.toLevel());
        } else if (payload instanceof RiskLevelChanged e) {
            return line(e, e.previousLevel(), e.level());
        } else if (payload instanceof NoteAdded e) {
            return line(e);
        } else if (payload instanceof AttachmentRecorded e) {
            return line(e, e.mediaType(), e.sizeBytes());
        } else if (payload instanceof MediationRefused e) {
            return line(e);
        } else if (payload instanceof HandlingPlanAgreed e) {
            return line(e, e.performBy(), count("summary.terms", e.obligations().size()));
        } else if (payload instanceof MediationAgreementReached e) {
            return line(e, flag(e.oral()), e.performBy(), count("summary.terms", e.obligations().size()));
        } else if (payload instanceof ReplyServed e) {
            return line(e, e.opinion());
        } else if (payload instanceof CaseClosed e) {
            return line(e, e.outcome(), e.resolutionLevel(),
                    optional("summary.resident", e.satisfaction()));
        } else if (payload instanceof DossierExported e) {
            return line(e, e.format(), e.exportedVersion());
        } else if (payload instanceof DeadlineSet e) {
            return line(e, e.limit(), flag(e.replaces() != null), e.dueAt());
        } else if (payload instanceof DeadlineExtended e) {
            return line(e, e.limit(), e.days(), e.dueAt());
        } else if (payload instanceof DeadlineReminded e) {
            return line(e, e.limit(), e.dueAt());
        } else if (payload instanceof DeadlineMet e) {
            return line(e, e.limit());
        } else if (payload instanceof DeadlineMissed e) {
            return line(e, e.limit(), e.dueAt());
        } else if (payload instanceof HearingStarted e) {
            return line(e);
        } else if (payload instanceof HearingEnded e) {
            return line(e);
        } else if (payload instanceof AssignmentObjected e) {
            return line(e, e.unit(), e.lastDay());
        } else if (payload instanceof RiskLeaderAssigned e) {
            return line(e);
        } else if (payload instanceof RiskCheckInRecorded e) {
            return line(e);
        } else if (payload instanceof ReviewRequested e) {
            return line(e, e.stage(), e.toLevel());
        } else if (payload instanceof RepeatPetitionFlagged e) {
            return line(e, e.relatedCaseNumber(), String.valueOf(e.rule()));
        } else if (payload instanceof PersonalDataRestricted e) {
            return line(e, e.subject());
        } else if (payload instanceof PersonalDataRestrictionLifted e) {
            return line(e, e.subject());
        } else if (payload instanceof PersonalDataErased e) {
            return line(e, e.subject());
        } else if (payload instanceof CaseMarkedConfidential e) {
            return e.roles().isEmpty() && e.accounts().isEmpty()
                    ? new HistoryLine("summary.CaseMarkedConfidential.supervisors")
                    : line(e, e.roles().size(), e.accounts().size());
        } else if (payload instanceof ConfidentialityRequested e) {
            return line(e, e.roles().size(), e.accounts().size());
        } else if (payload instanceof ConfidentialityLifted e) {
            return line(e);
        } else if (payload instanceof CaseDispatched e) {
            return line(e, e.leadUnit(), e.coUnits().isEmpty() ? NONE
                    : new HistoryLine("summary.coUnits", (Object) List.copyOf(e.coUnits())), e.signBy());
        } else if (payload instanceof DispatchSigned e) {
            return line(e, e.unit());
        } else if (payload instanceof DispatchReturnRequested e) {
            return line(e, e.unit(), e.reasonCode());
        } else if (payload instanceof DispatchReturnDecided e) {
            return line(e, e.unit(), flag(e.decision() == ReturnDecision.APPROVE));
        } else if (payload instanceof ContributionReported e) {
            return line(e, e.unit());
        } else if (payload instanceof ContributionWaived e) {
            return line(e, e.unit());
        } else if (payload instanceof DispatchSignOverdue e) {
            return line(e, e.signBy(), List.copyOf(e.units()));
        } else if (payload instanceof TermPerformanceRecorded e) {
            return line(e, e.term(), e.status());
        } else if (payload instanceof TermDueReminded e) {
            return line(e, e.term(), e.dueBy());
        } else if (payload instanceof TermPerformanceUrged e) {
            return line(e, e.term(), e.dueBy());
        } else if (payload instanceof PerformanceWaived e) {
            return line(e, e.openTerms().size());
        } else if (payload instanceof UrgingIssued e) {
            return line(e, optional("summary.afterMissed", e.limit()), optional("summary.toUnit", e.unit()),
                    optional("summary.superviseAt", e.superviseAt()));
        } else if (payload instanceof SupervisionOrdered e) {
            return line(e, flag(e.listed()), e.orderId(), e.orderedBy() == null
                    ? new HistoryLine("summary.byLevel", e.byLevel()) : new HistoryLine("summary.bySystem", e.orderedBy()),
                    optional("summary.toUnit", e.unit()), optional("summary.forLimit", e.limit()), e.feedbackDue());
        } else if (payload instanceof SupervisionFeedbackGiven e) {
            return line(e, e.orderId(), flag(e.late()));
        } else if (payload instanceof SupervisionFeedbackOverdue e) {
            return line(e, e.orderId(), e.feedbackDue());
        } else if (payload instanceof NoticeServed e) {
            return line(e, e.type(), e.method(), e.occurredAt());
        } else if (payload instanceof CaseLinked e) {
            // no case number: the other case may be one the reader of this history may not see
            return line(e, flag(e.initiated()), e.linkedKind());
        } else if (payload instanceof CaseLinkConfirmed e) {
            return line(e);
        } else if (payload instanceof CaseMerged e) {
            return line(e);
        } else if (payload instanceof DuplicateAbsorbed e) {
            return line(e, e.duplicateKind());
        } else if (payload instanceof FollowUpRecorded e) {
            return line(e, e.method(), e.satisfaction(), flag(Boolean.FALSE.equals(e.performed())),
                    flag(e.reworkWarranted()));
        } else if (payload instanceof FollowUpOverdue e) {
            return line(e, e.dueAt());
        } else if (payload instanceof HotlineExtensionRequested e) {
            return line(e, e.dueDate(), optional("summary.byUnit", e.unit()));
        } else if (payload instanceof HotlineExtensionDecided e) {
            return line(e, flag(e.approved()), e.dueDate());
        } else if (payload instanceof CaseReopenedForRework e) {
            return line(e, e.level());
        } else if (payload instanceof JudicialConfirmationApplied e) {
            return line(e, e.court(), e.windowEndsAt());
        } else if (payload instanceof JudicialConfirmationDecided e) {
            return line(e, flag(e.decision() == JudicialDecision.CONFIRMED), e.courtReference());
        }
        return new HistoryLine("summary.other", payload == null ? "?" : payload.getClass().getSimpleName());
    }

    private static HistoryLine line(Object event, Object... args) {
        return new HistoryLine("summary." + event.getClass().getSimpleName(), args);
    }

    /** A part shown only when its value is there. */
    private static HistoryLine optional(String key, Object value) {
        return value == null ? NONE : new HistoryLine(key, value);
    }

    /** A part shown only for a count above zero. */
    private static HistoryLine count(String key, long n) {
        return n == 0 ? NONE : new HistoryLine(key, n);
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }

    /** A group petition: whether its petitioners represent more people, and how many. */
    private static HistoryLine group(PetitionReceived e) {
        if (!e.groupCase()) {
            return NONE;
        }
        return GroupPetitions.representsOthers(e.petitioners().size(), e.headcount())
                ? new HistoryLine("summary.groupRepresenting", e.people())
                : new HistoryLine("summary.group");
    }

    /** A typed meeting's sides, each with its count; the units' codes after the units' count. */
    private static HistoryLine sides(MeetingHeld e) {
        if (e.roles().isEmpty()) {
            return NONE;
        }
        Map<ParticipantSide, Long> bySide = new EnumMap<>(ParticipantSide.class);
        e.roles().forEach(role -> bySide.merge(role.side(), 1L, Long::sum));
        List<Object> units = e.roles().stream().map(ParticipantRole::unit).filter(Objects::nonNull).distinct()
                .map(Object.class::cast).toList();
        List<Object> parts = bySide.entrySet().stream()
                .map(side -> (Object) (side.getKey() == ParticipantSide.UNIT
                        ? new HistoryLine("summary.sideUnits", side.getValue(), units)
                        : new HistoryLine("summary.side", side.getValue(), side.getKey())))
                .toList();
        return new HistoryLine("summary.sides", (Object) parts);
    }
}
