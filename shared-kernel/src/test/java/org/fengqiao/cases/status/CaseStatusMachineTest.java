package org.fengqiao.cases.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.JudicialConfirmationApplied;
import org.fengqiao.cases.dispute.JudicialConfirmationDecided;
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
import org.fengqiao.cases.links.CaseLinkConfirmed;
import org.fengqiao.cases.links.CaseLinked;
import org.fengqiao.cases.links.CaseMerged;
import org.fengqiao.cases.links.DuplicateAbsorbed;
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
import org.junit.jupiter.api.Test;

/** The status after every event type, from every status before it. */
class CaseStatusMachineTest {

    private static final UnaryOperator<CaseStatus> KEEPS = before -> before;

    /** Each event type and the status it leads to from a given status before it. */
    private static final Map<Class<? extends CaseEvent>, UnaryOperator<CaseStatus>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(PetitionReceived.class, before -> CaseStatus.RECEIVED);
        TABLE.put(DisputeReceived.class, before -> CaseStatus.RECEIVED);
        TABLE.put(PetitionAccepted.class, before -> CaseStatus.ACCEPTED);
        TABLE.put(PetitionNotAccepted.class, KEEPS); // a CaseClosed follows
        TABLE.put(RepeatPetitionFlagged.class, KEEPS);
        TABLE.put(CaseAssigned.class, before -> CaseStatus.ASSIGNED);
        TABLE.put(CaseReassigned.class, KEEPS);
        TABLE.put(MeetingHeld.class, before -> before == CaseStatus.ASSIGNED ? CaseStatus.IN_PROGRESS : before);
        TABLE.put(HandlingPlanAgreed.class, before -> CaseStatus.AGREED);
        TABLE.put(MediationAgreementReached.class, before -> CaseStatus.AGREED);
        TABLE.put(MediationRefused.class, KEEPS);
        TABLE.put(ReplyServed.class, before -> CaseStatus.REPLIED);
        TABLE.put(ReviewRequested.class, before -> CaseStatus.IN_PROGRESS);
        TABLE.put(CaseClosed.class, before -> CaseStatus.CLOSED);
        TABLE.put(CaseEscalated.class, KEEPS);
        TABLE.put(RiskLevelChanged.class, KEEPS);
        TABLE.put(RiskLeaderAssigned.class, KEEPS);
        TABLE.put(RiskCheckInRecorded.class, KEEPS);
        TABLE.put(NoteAdded.class, KEEPS);
        TABLE.put(AttachmentRecorded.class, KEEPS);
        TABLE.put(DeadlineSet.class, KEEPS);
        TABLE.put(DeadlineExtended.class, KEEPS);
        TABLE.put(DeadlineReminded.class, KEEPS);
        TABLE.put(DeadlineMet.class, KEEPS);
        TABLE.put(DeadlineMissed.class, KEEPS);
        TABLE.put(HearingStarted.class, KEEPS);
        TABLE.put(HearingEnded.class, KEEPS);
        TABLE.put(AssignmentObjected.class, KEEPS);
        TABLE.put(CaseMarkedConfidential.class, KEEPS);
        TABLE.put(ConfidentialityLifted.class, KEEPS);
        TABLE.put(ConfidentialityRequested.class, KEEPS);
        TABLE.put(PersonalDataRestricted.class, KEEPS);
        TABLE.put(PersonalDataRestrictionLifted.class, KEEPS);
        TABLE.put(PersonalDataErased.class, KEEPS);
        TABLE.put(DossierExported.class, KEEPS);
        // dispatch to units: who works on the case changes, not where it stands in its lifecycle
        TABLE.put(CaseDispatched.class, KEEPS);
        TABLE.put(DispatchSigned.class, KEEPS);
        TABLE.put(DispatchReturnRequested.class, KEEPS);
        TABLE.put(DispatchReturnDecided.class, KEEPS);
        TABLE.put(DispatchSignOverdue.class, KEEPS);
        TABLE.put(ContributionReported.class, KEEPS);
        TABLE.put(ContributionWaived.class, KEEPS);
        // an agreement's terms followed up: the case stays AGREED (or wherever it is) until it closes
        TABLE.put(TermPerformanceRecorded.class, KEEPS);
        TABLE.put(TermDueReminded.class, KEEPS);
        TABLE.put(TermPerformanceUrged.class, KEEPS);
        TABLE.put(PerformanceWaived.class, KEEPS);
        // urging and supervision orders: a missed limit is chased, the case stays where it is
        TABLE.put(UrgingIssued.class, KEEPS);
        TABLE.put(SupervisionOrdered.class, KEEPS);
        TABLE.put(SupervisionFeedbackGiven.class, KEEPS);
        TABLE.put(SupervisionFeedbackOverdue.class, KEEPS);
        // notices served on the petitioner: a document reaches its addressee, the case stays where it stands
        TABLE.put(NoticeServed.class, KEEPS);
        // linked and merged cases: a merger closes the duplicate by the CaseClosed(MERGED) that follows it
        TABLE.put(CaseLinked.class, KEEPS);
        TABLE.put(CaseLinkConfirmed.class, KEEPS);
        TABLE.put(CaseMerged.class, KEEPS);
        TABLE.put(DuplicateAbsorbed.class, KEEPS);
        // follow-ups keep the case CLOSED; rework reopens it, as a review does
        TABLE.put(FollowUpRecorded.class, KEEPS);
        TABLE.put(FollowUpOverdue.class, KEEPS);
        TABLE.put(CaseReopenedForRework.class, before -> CaseStatus.IN_PROGRESS);
        // judicial confirmation: the court's work, after the agreement; a rejection lets the dispute agree anew
        TABLE.put(JudicialConfirmationApplied.class, KEEPS);
        TABLE.put(JudicialConfirmationDecided.class, KEEPS);
        // the 12345 hotline's decision on an extension moves its limit, not the case; nor does the unit's request
        TABLE.put(HotlineExtensionDecided.class, KEEPS);
        TABLE.put(HotlineExtensionRequested.class, KEEPS);
    }

    @Test
    void the_table_names_every_event_type_of_the_kernel() {
        Set<String> events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fengqiao").stream()
                .filter(type -> type.isAssignableTo(CaseEvent.class) && !type.isInterface())
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        assertThat(TABLE.keySet().stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void gives_the_tables_status_after_every_event_type_from_every_status() {
        for (Map.Entry<Class<? extends CaseEvent>, UnaryOperator<CaseStatus>> row : TABLE.entrySet()) {
            Map<CaseStatus, CaseStatus> expected = new EnumMap<>(CaseStatus.class);
            Map<CaseStatus, CaseStatus> actual = new EnumMap<>(CaseStatus.class);
            for (CaseStatus before : CaseStatus.values()) {
                expected.put(before, row.getValue().apply(before));
                actual.put(before, CaseStatusMachine.after(before, row.getKey()));
            }
            assertThat(actual).as(row.getKey().getSimpleName()).isEqualTo(expected);
        }
    }

    @Test
    void intake_starts_a_case_that_has_no_status_yet() {
        assertThat(CaseStatusMachine.after(null, PetitionReceived.class)).isEqualTo(CaseStatus.RECEIVED);
        assertThat(CaseStatusMachine.after(null, DisputeReceived.class)).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void a_petitions_path_from_intake_through_review_to_closure() {
        CaseStatus status = null;
        StringBuilder path = new StringBuilder();
        for (Class<? extends CaseEvent> type : Arrays.<Class<? extends CaseEvent>>asList(PetitionReceived.class,
                PetitionAccepted.class, CaseAssigned.class, MeetingHeld.class, MeetingHeld.class, ReplyServed.class,
                ReviewRequested.class, CaseReassigned.class, ReplyServed.class, CaseClosed.class)) {
            status = CaseStatusMachine.after(status, type);
            path.append(status).append(' ');
        }
        assertThat(path.toString().strip()).isEqualTo(
                "RECEIVED ACCEPTED ASSIGNED IN_PROGRESS IN_PROGRESS REPLIED IN_PROGRESS IN_PROGRESS REPLIED CLOSED");
    }
}
