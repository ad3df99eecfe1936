package org.fengqiao.query.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpMethod;
import org.fengqiao.cases.aftercare.FollowUpOverdue;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.dispatch.ContributionReported;
import org.fengqiao.cases.dispatch.ContributionWaived;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchReturnRequested;
import org.fengqiao.cases.dispatch.DispatchSignOverdue;
import org.fengqiao.cases.dispatch.DispatchSigned;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispatch.ReturnReason;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.JudicialConfirmationApplied;
import org.fengqiao.cases.dispute.JudicialConfirmationDecided;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.lifecycle.AssignmentObjected;
import org.fengqiao.cases.lifecycle.AttachmentRecorded;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.MeetingDecision;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.links.CaseLinkConfirmed;
import org.fengqiao.cases.links.CaseLinked;
import org.fengqiao.cases.links.CaseMerged;
import org.fengqiao.cases.links.DuplicateAbsorbed;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionNotAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewBuilder;
import org.fengqiao.cases.query.DispatchStanding;
import org.fengqiao.cases.query.DispatchView;
import org.fengqiao.cases.query.JudicialConfirmationView;
import org.fengqiao.cases.query.LinkedCaseView;
import org.fengqiao.cases.query.LinkedCasesView;
import org.fengqiao.cases.query.MeetingView;
import org.fengqiao.cases.risk.RiskCheckInRecorded;
import org.fengqiao.cases.risk.RiskLeaderAssigned;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.HearingStarted;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseViewFoldTest {

    private static final CaseId ID = new CaseId("0b8e4f4e-4c1a-4d36-9a57-2f1d7d0e5a11");
    private static final Actor ACTOR = new Actor("li.mediator");
    private static final JurisdictionPath PATH =
            new JurisdictionPath(new NodeCode("SH"), new NodeCode("SH-FL"), new NodeCode("SH-FL-G03"));
    private static final Instant T0 = Instant.parse("2026-07-01T02:00:00.123456789Z");
    private static final UnitCode MEDIATION = new UnitCode("SH-FL-MEDIATION");
    private static final UnitCode TASKFORCE = new UnitCode("SH-TASKFORCE");

    private static DisputeReceived disputeReceived() {
        return new DisputeReceived(ID, new CaseNumber("SH-2026-000001"), DisputeSource.APPLICATION, Category.PROPERTY,
                "Water leaking from the flat above", "Owner of 6-2-301 reports a leak", PATH,
                List.of(new Party("王芳", "13800001111", PartyRole.APPLICANT),
                        new Party("富力物业", null, PartyRole.RESPONDENT)),
                MediationVisibility.NON_PUBLIC, T0, ACTOR);
    }

    private static CaseAssigned assigned(Instant at) {
        return new CaseAssigned(ID, MEDIATION, Level.COMMUNITY, "li.mediator", null, at, ACTOR);
    }

    private static MeetingHeld meeting(MeetingType type, Instant at) {
        return new MeetingHeld(ID, type, List.of("王芳", "富力物业"), "minutes", at, ACTOR);
    }

    /** Folds the events as sequence 0, 1, 2, ..., each recorded a minute after the one before. */
    private static CaseView fold(CaseEvent... events) {
        CaseView view = null;
        for (int i = 0; i < events.length; i++) {
            view = CaseViewFold.apply(view, events[i], i, T0.plusSeconds(60L * i));
        }
        return view;
    }

    @Nested
    class A_dispute {

        @Test
        void starts_received_at_grid_level_with_low_risk() {
            CaseView view = fold(disputeReceived());

            assertThat(view.caseId()).isEqualTo(ID);
            assertThat(view.kind()).isEqualTo(CaseKind.DISPUTE);
            assertThat(view.caseNumber()).isEqualTo(new CaseNumber("SH-2026-000001"));
            assertThat(view.status()).isEqualTo(CaseStatus.RECEIVED);
            assertThat(view.category()).isEqualTo(Category.PROPERTY);
            assertThat(view.subject()).isEqualTo("Water leaking from the flat above");
            assertThat(view.jurisdiction()).isEqualTo(PATH);
            assertThat(view.level()).isEqualTo(Level.GRID);
            assertThat(view.riskLevel()).isEqualTo(RiskLevel.LOW);
            assertThat(view.receivedAt()).isEqualTo(Instant.parse("2026-07-01T02:00:00.123Z"));
            assertThat(view.lastActivityAt()).isEqualTo(view.receivedAt());
            assertThat(view.meetings()).isZero();
            assertThat(view.version()).isEqualTo(1);
        }

        @Test
        void goes_through_assignment_meetings_agreement_and_closure() {
            CaseView view = fold(disputeReceived(),
                    assigned(T0.plusSeconds(3600)),
                    meeting(MeetingType.MEDIATION_SESSION, T0.plusSeconds(7200)),
                    meeting(MeetingType.THREE_PARTY_MEETING, T0.plusSeconds(7300)),
                    meeting(MeetingType.MEDIATION_SESSION, T0.plusSeconds(7400)),
                    new MediationAgreementReached(ID, "repair the pipe", null, LocalDate.parse("2026-07-31"), "李调解",
                            List.of("王芳", "富力物业", "李调解"), T0.plusSeconds(9000), ACTOR),
                    new CaseClosed(ID, Outcome.RESOLVED, Satisfaction.SATISFIED, null, null, Level.COMMUNITY,
                            T0.plusSeconds(10000), ACTOR));

            assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(view.unit()).isEqualTo(MEDIATION);
            assertThat(view.officer()).isEqualTo("li.mediator");
            assertThat(view.level()).isEqualTo(Level.COMMUNITY);
            assertThat(view.assignedAt()).isEqualTo(T0.plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(view.meetings()).isEqualTo(3);
            assertThat(view.meetingsByType()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(MeetingType.MEDIATION_SESSION, 2, MeetingType.THREE_PARTY_MEETING, 1));
            assertThat(view.hasAgreement()).isTrue();
            assertThat(view.hasReply()).isFalse();
            assertThat(view.outcome()).isEqualTo(Outcome.RESOLVED);
            assertThat(view.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
            assertThat(view.resolutionLevel()).isEqualTo(Level.COMMUNITY);
            assertThat(view.closedAt()).isNotNull();
            assertThat(view.escalated()).isFalse();
            assertThat(view.version()).isEqualTo(7);
            assertThat(view.lastActivityAt()).isEqualTo(T0.plusSeconds(360).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }

        @Test
        void is_in_progress_after_its_first_meeting_only_once_assigned() {
            assertThat(fold(disputeReceived(), assigned(T0)).status()).isEqualTo(CaseStatus.ASSIGNED);
            assertThat(fold(disputeReceived(), assigned(T0), meeting(MeetingType.DELIBERATION, T0)).status())
                    .isEqualTo(CaseStatus.IN_PROGRESS);
        }

        @Test
        void moves_with_reassignment_and_escalation() {
            CaseView view = fold(disputeReceived(), assigned(T0),
                    new CaseReassigned(ID, MEDIATION, TASKFORCE, Level.SUB_DISTRICT, null, null, T0.plusSeconds(5),
                            ACTOR),
                    new CaseEscalated(ID, Level.SUB_DISTRICT, Level.DISTRICT, "needs the district", T0, ACTOR),
                    new RiskLevelChanged(ID, RiskLevel.LOW, RiskLevel.HIGH, "threat of self-harm", T0, ACTOR));

            assertThat(view.unit()).isEqualTo(TASKFORCE);
            assertThat(view.officer()).isNull();
            assertThat(view.status()).isEqualTo(CaseStatus.ASSIGNED);
            assertThat(view.assignedAt()).isEqualTo(T0.plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(view.level()).isEqualTo(Level.DISTRICT);
            assertThat(view.escalated()).isTrue();
            assertThat(view.riskLevel()).isEqualTo(RiskLevel.HIGH);
        }

        @Test
        void counts_notes_and_attachments_only_in_its_version() {
            CaseView before = fold(disputeReceived(), assigned(T0));
            CaseView after = fold(disputeReceived(), assigned(T0), new NoteAdded(ID, "called the owner", T0, ACTOR),
                    new AttachmentRecorded(ID, "photo.jpg", "image/jpeg", 10, "ab".repeat(32), T0, ACTOR));

            assertThat(after.version()).isEqualTo(4);
            assertThat(after).usingRecursiveComparison().ignoringFields("version", "lastActivityAt").isEqualTo(before);
        }
    }

    @Nested
    class Time_limits_and_risk {

        private final Instant due = Instant.parse("2026-07-31T02:00:00Z");

        @Test
        void shows_running_deadlines_due_soon_missed_and_overdue_until_closed() {
            CaseView view = fold(disputeReceived(),
                    new DeadlineSet(ID, "HANDLING-1", TimeLimit.HANDLING, due, due.minusSeconds(259_200), null, T0,
                            ACTOR),
                    new DeadlineReminded(ID, "HANDLING-1", TimeLimit.HANDLING, due, due.minusSeconds(259_200),
                            Actor.SYSTEM));
            assertThat(view.deadlines()).containsEntry(TimeLimit.HANDLING, due);
            assertThat(view.dueSoon()).containsExactly(TimeLimit.HANDLING);
            assertThat(view.overdue()).isFalse();

            CaseView missed = fold(disputeReceived(),
                    new DeadlineSet(ID, "HANDLING-1", TimeLimit.HANDLING, due, due.minusSeconds(259_200), null, T0,
                            ACTOR),
                    new DeadlineMissed(ID, "HANDLING-1", TimeLimit.HANDLING, due, due, Actor.SYSTEM),
                    new CaseEscalated(ID, Level.GRID, Level.COMMUNITY, "time limit HANDLING missed", due,
                            Actor.SYSTEM));
            assertThat(missed.deadlines()).isEmpty();
            assertThat(missed.dueSoon()).isEmpty();
            assertThat(missed.missedDeadlines()).isEqualTo(1);
            assertThat(missed.overdue()).isTrue();
            assertThat(missed.level()).isEqualTo(Level.COMMUNITY);
        }

        @Test
        void flags_the_case_while_a_running_limit_was_counted_without_a_holiday_file() {
            Instant later = Instant.parse("2027-02-01T16:00:00Z");
            CaseView flagged = fold(disputeReceived(),
                    new DeadlineSet(ID, "HANDLING-1", TimeLimit.HANDLING, later, later.minusSeconds(259_200), null, T0,
                            ACTOR, true));
            assertThat(flagged.calendarDegraded()).isTrue();
            assertThat(flagged.calendarDegradedLimits()).containsExactly(TimeLimit.HANDLING);

            CaseView recounted = CaseViewFold.apply(flagged, new DeadlineSet(ID, "HANDLING-2", TimeLimit.HANDLING,
                    due, due.minusSeconds(259_200), "HANDLING-1", T0, ACTOR, false), 2, T0);
            assertThat(recounted.calendarDegraded()).isFalse();

            CaseView met = CaseViewFold.apply(flagged, new DeadlineMet(ID, "HANDLING-1", TimeLimit.HANDLING, later, T0,
                    ACTOR), 2, T0);
            assertThat(met.calendarDegraded()).as("no running limit left to doubt").isFalse();
            assertThat(met.calendarDegradedLimits()).isEmpty();

            CaseView unflagged = fold(disputeReceived(),
                    new DeadlineSet(ID, "HANDLING-1", TimeLimit.HANDLING, due, due.minusSeconds(259_200), null, T0,
                            ACTOR));
            assertThat(unflagged.calendarDegraded()).isFalse();
        }

        @Test
        void shows_the_high_risk_leader_police_flag_and_level() {
            CaseView view = fold(disputeReceived(),
                    new RiskLevelChanged(ID, RiskLevel.LOW, RiskLevel.CRITICAL, "a knife", T0, ACTOR, true),
                    new CaseEscalated(ID, Level.GRID, Level.SUB_DISTRICT, "risk", T0, ACTOR),
                    new RiskLeaderAssigned(ID, "leader.zhang", T0, ACTOR),
                    new HearingStarted(ID, T0, ACTOR));
            assertThat(view.riskLevel()).isEqualTo(RiskLevel.CRITICAL);
            assertThat(view.level()).isEqualTo(Level.SUB_DISTRICT);
            assertThat(view.riskLeader()).isEqualTo("leader.zhang");
            assertThat(view.policeInformed()).isTrue();
            assertThat(view.hearing()).isTrue();
        }

        @Test
        void keeps_the_business_time_of_the_latest_risk_check_in() {
            CaseView before = fold(disputeReceived(),
                    new RiskLevelChanged(ID, RiskLevel.LOW, RiskLevel.HIGH, "threats", T0, ACTOR, true),
                    new RiskLeaderAssigned(ID, "leader.zhang", T0, ACTOR));
            assertThat(before.lastCheckInAt()).isNull();
            CaseView view = fold(disputeReceived(),
                    new RiskLevelChanged(ID, RiskLevel.LOW, RiskLevel.HIGH, "threats", T0, ACTOR, true),
                    new RiskLeaderAssigned(ID, "leader.zhang", T0, ACTOR),
                    new RiskCheckInRecorded(ID, "visited, calm", T0.plusSeconds(3600), ACTOR),
                    new RiskCheckInRecorded(ID, "phoned", T0.plusSeconds(7200), ACTOR));
            assertThat(view.lastCheckInAt()).isEqualTo(T0.plusSeconds(7200).truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Nested
    class A_petition {

        private final PetitionReceived received = new PetitionReceived(ID, new CaseNumber("SH-2026-000002"),
                Channel.HOTLINE, Category.CONSTRUCTION, "Courtyards demolished", "42 owners", PATH,
                List.of(new Petitioner("张三", "13812341234")), T0, ACTOR);

        @Test
        void is_no_group_case_with_one_petitioner_and_flags_a_group_by_its_headcount_or_its_petitioners() {
            assertThat(fold(received).groupCase()).isFalse();
            assertThat(fold(received).people()).isEqualTo(1);
            CaseView group = fold(new PetitionReceived(ID, new CaseNumber("SH-2026-000002"), Channel.VISIT,
                    Category.CONSTRUCTION, "Courtyards demolished", "42 owners", PATH,
                    List.of(new Petitioner("张三", "13812341234"), new Petitioner("李四", "13812341235")), T0, ACTOR,
                    null, null, 42, List.of("业主1", "业主2")));
            assertThat(group.groupCase()).isTrue();
            assertThat(group.people()).isEqualTo(42);
            List<Petitioner> five = java.util.stream.IntStream.rangeClosed(1, 5)
                    .mapToObj(n -> new Petitioner("业主" + n, null)).toList();
            CaseView named = fold(new PetitionReceived(ID, new CaseNumber("SH-2026-000002"), Channel.VISIT,
                    Category.CONSTRUCTION, "Courtyards demolished", "five owners", PATH, five, T0, ACTOR));
            assertThat(named.groupCase()).isTrue();
            assertThat(named.people()).isEqualTo(5);
            assertThat(fold(disputeReceived()).people()).isEqualTo(2);
            assertThat(fold(disputeReceived()).groupCase()).isFalse();
        }

        @Test
        void shows_what_the_petition_asks_for_and_none_for_an_untyped_petition_or_a_dispute() {
            assertThat(fold(received).petitionType()).isNull();
            assertThat(fold(new PetitionReceived(ID, new CaseNumber("SH-2026-000002"), Channel.LETTER,
                    Category.CONSTRUCTION, "Demolition without a hearing", "c", PATH,
                    List.of(new Petitioner("张三", "13812341234")), T0, ACTOR, null, null, null, null,
                    PetitionType.REPORT_OR_COMPLAINT, List.of("富力地产"))).petitionType())
                    .isEqualTo(PetitionType.REPORT_OR_COMPLAINT);
            assertThat(fold(disputeReceived()).petitionType()).isNull();
        }

        @Test
        void records_acceptance_and_the_written_reply() {
            CaseView view = fold(received, new PetitionAccepted(ID, T0.plusSeconds(10), ACTOR), assigned(T0),
                    new ReplyServed(ID, ReplyOpinion.SUPPORT, "we rebuild", T0.plusSeconds(20), ACTOR));

            assertThat(view.kind()).isEqualTo(CaseKind.PETITION);
            assertThat(view.acceptedAt()).isEqualTo(T0.plusSeconds(10).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(view.status()).isEqualTo(CaseStatus.REPLIED);
            assertThat(view.hasReply()).isTrue();
            assertThat(view.hasAgreement()).isFalse();
        }

        @Test
        void closes_as_not_accepted() {
            CaseView view = fold(received, new PetitionNotAccepted(ID, "belongs in court", T0, ACTOR),
                    new CaseClosed(ID, Outcome.NOT_ACCEPTED, null, null, "belongs in court", Level.GRID, T0, ACTOR));

            assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(view.outcome()).isEqualTo(Outcome.NOT_ACCEPTED);
            assertThat(view.resolutionLevel()).isEqualTo(Level.GRID);
            assertThat(view.version()).isEqualTo(3);
        }
    }

    @Nested
    class Order_and_idempotency {

        @Test
        void an_event_already_folded_in_changes_nothing() {
            CaseView view = fold(disputeReceived(), assigned(T0));

            assertThat(CaseViewFold.apply(view, assigned(T0.plusSeconds(99)), 1, T0.plusSeconds(99))).isSameAs(view);
            assertThat(CaseViewFold.apply(view, disputeReceived(), 0, T0)).isSameAs(view);
        }

        @Test
        void an_event_beyond_a_gap_changes_nothing() {
            CaseView view = fold(disputeReceived());

            assertThat(CaseViewFold.apply(view, meeting(MeetingType.DELIBERATION, T0), 2, T0)).isSameAs(view);
            assertThat(CaseViewFold.apply(null, assigned(T0), 1, T0)).isNull();
        }

        @Test
        void a_view_starts_with_the_intake_event() {
            assertThatThrownBy(() -> CaseViewFold.apply(null, assigned(T0), 0, T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void an_event_of_another_case_is_refused() {
            CaseView view = fold(disputeReceived());
            CaseAssigned other = new CaseAssigned(CaseId.generate(), MEDIATION, Level.COMMUNITY, null, null, T0, ACTOR);

            assertThatThrownBy(() -> CaseViewFold.apply(view, other, 1, T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_view_rebuilt_from_itself_is_the_same_view() {
            Instant due = T0.plusSeconds(864_000);
            CaseView view = fold(disputeReceived(), assigned(T0),
                    meeting(MeetingType.THREE_PARTY_MEETING, T0.plusSeconds(60)),
                    new DeadlineSet(ID, "HANDLING-1", TimeLimit.HANDLING, due, due.minusSeconds(259_200), null, T0,
                            ACTOR),
                    new DeadlineReminded(ID, "HANDLING-1", TimeLimit.HANDLING, due, due.minusSeconds(259_200),
                            Actor.SYSTEM),
                    new CaseMarkedConfidential(ID, "a report against an official", List.of("SUPERVISOR"),
                            List.of("li.inspector"), T0, ACTOR),
                    new RiskLevelChanged(ID, RiskLevel.LOW, RiskLevel.HIGH, "threat of self-harm", T0, ACTOR),
                    new CaseEscalated(ID, Level.COMMUNITY, Level.SUB_DISTRICT, "needs the task force", T0, ACTOR));

            assertThat(view.toBuilder().build()).isEqualTo(view);
            assertThat(view.toBuilder().hearing(true).build()).isNotEqualTo(view);
        }

        @Test
        void every_component_but_the_identity_and_the_derived_one_can_be_named_on_the_builder() {
            // the id and the kind start the builder (CaseView.builder); calendarDegraded follows from the limits
            List<String> missing = Arrays.stream(CaseView.class.getRecordComponents())
                    .filter(component -> !List.of("caseId", "kind", "calendarDegraded").contains(component.getName()))
                    .filter(component -> Arrays.stream(CaseViewBuilder.class.getMethods())
                            .noneMatch(method -> method.getName().equals(component.getName())
                                    && method.getParameterCount() == 1
                                    && method.getParameterTypes()[0].equals(component.getType())))
                    .map(RecordComponent::getName)
                    .toList();

            assertThat(missing).isEmpty();
        }

        @Test
        void the_same_events_always_fold_to_the_same_view() {
            CaseEvent[] events = {disputeReceived(), assigned(T0), meeting(MeetingType.MEDIATION_SESSION, T0)};

            assertThat(fold(events)).isEqualTo(fold(events));
        }
    }

    @Nested
    class Confidentiality {

        private final CaseMarkedConfidential marked = new CaseMarkedConfidential(ID, "a report against an official",
                List.of("SUPERVISOR", "AUDITOR"), List.of("li.inspector"), T0, ACTOR);

        @Test
        void a_case_is_not_confidential_until_marked() {
            CaseView view = fold(disputeReceived(), assigned(T0));

            assertThat(view.confidential()).isFalse();
            assertThat(view.confidentialRoles()).isEmpty();
            assertThat(view.visibleTo("zhao.officer", List.of("OFFICER"))).isTrue();
        }

        @Test
        void marking_keeps_who_may_see_the_case() {
            CaseView view = fold(disputeReceived(), marked, assigned(T0));

            assertThat(view.confidential()).isTrue();
            assertThat(view.confidentialRoles()).containsExactlyInAnyOrder("SUPERVISOR", "AUDITOR");
            assertThat(view.confidentialAccounts()).containsExactly("li.inspector");
            assertThat(view.status()).isEqualTo(CaseStatus.ASSIGNED);
            assertThat(view.version()).isEqualTo(3);
            assertThat(view.visibleTo("wu", List.of("AUDITOR"))).isTrue();
            assertThat(view.visibleTo("li.inspector", List.of("OFFICER"))).isTrue();
            assertThat(view.visibleTo("zhao.officer", List.of("OFFICER", "INTAKE"))).isFalse();
            assertThat(view.visibleTo(null, List.of())).isFalse();
        }

        @Test
        void marking_again_replaces_the_audience() {
            CaseView view = fold(disputeReceived(), marked,
                    new CaseMarkedConfidential(ID, "narrowed", List.of("AUDITOR"), List.of(), T0, ACTOR));

            assertThat(view.confidentialRoles()).containsExactly("AUDITOR");
            assertThat(view.confidentialAccounts()).isEmpty();
            assertThat(view.visibleTo("li.inspector", List.of("OFFICER"))).isFalse();
        }

        @Test
        void auditors_and_supervisors_see_a_case_marked_for_one_account_only() {
            CaseView view = fold(disputeReceived(),
                    new CaseMarkedConfidential(ID, "buried", List.of(), List.of("intake"), T0, ACTOR));

            assertThat(view.visibleTo("intake", List.of("INTAKE"))).isTrue();
            assertThat(view.visibleTo("wu", List.of("AUDITOR"))).isTrue();
            assertThat(view.visibleTo("sun", List.of("SUPERVISOR"))).isTrue();
            assertThat(view.visibleTo("admin", List.of("ADMIN"))).isFalse();
            assertThat(view.visibleTo("zhao.officer", List.of("OFFICER", "INTAKE"))).isFalse();
        }

        @Test
        void lifting_makes_the_case_visible_to_everyone_again() {
            CaseView view = fold(disputeReceived(), marked, new ConfidentialityLifted(ID, "inquiry ended", T0, ACTOR));

            assertThat(view.confidential()).isFalse();
            assertThat(view.confidentialRoles()).isEmpty();
            assertThat(view.confidentialAccounts()).isEmpty();
            assertThat(view.visibleTo("zhao.officer", List.of("OFFICER"))).isTrue();
        }
    }

    @Nested
    class A_dispatch {

        private final UnitCode housing = new UnitCode("SHQ-HOUSING");
        private final UnitCode police = new UnitCode("SHQ-POLICE-SH");
        private final UnitCode enforce = new UnitCode("SHQ-ENFORCE");
        private final Instant signBy = Instant.parse("2026-07-02T16:00:00Z");

        private CaseDispatched dispatched(UnitCode lead, UnitCode... coUnits) {
            return new CaseDispatched(ID, lead, List.of(coUnits), "instructions", signBy, false, T0, ACTOR);
        }

        @Test
        void a_case_never_dispatched_has_no_dispatch() {
            assertThat(fold(disputeReceived()).dispatch()).isNull();
        }

        @Test
        void shows_the_lead_unit_co_units_and_who_has_signed() {
            CaseView view = fold(disputeReceived(), dispatched(housing, police),
                    new DispatchSigned(ID, police, T0, ACTOR));
            DispatchView dispatch = view.dispatch();
            assertThat(dispatch.leadUnit()).isEqualTo(housing);
            assertThat(dispatch.coUnits()).containsExactly(police);
            assertThat(dispatch.units()).containsExactly(Map.entry(housing, DispatchStanding.TO_SIGN),
                    Map.entry(police, DispatchStanding.SIGNED));
            assertThat(dispatch.signBy()).isEqualTo(signBy);
            assertThat(dispatch.rounds()).isEqualTo(1);
            assertThat(dispatch.pending()).containsExactly(housing, police);
            assertThat(dispatch.contributionsOutstanding()).containsExactly(police);
        }

        @Test
        void marks_the_units_unsigned_at_the_time_to_sign_by_until_they_answer() {
            CaseView overdue = fold(disputeReceived(), dispatched(housing, police),
                    new DispatchSignOverdue(ID, List.of(housing, police), signBy, signBy, Actor.SYSTEM));
            assertThat(overdue.dispatch().signOverdue()).containsExactly(housing, police);
            assertThat(overdue.escalated()).isFalse();
            assertThat(overdue.level()).isEqualTo(Level.GRID);
            CaseView signed = fold(disputeReceived(), dispatched(housing, police),
                    new DispatchSignOverdue(ID, List.of(housing, police), signBy, signBy, Actor.SYSTEM),
                    new DispatchSigned(ID, housing, signBy, ACTOR));
            assertThat(signed.dispatch().signOverdue()).containsExactly(police);
        }

        @Test
        void a_return_waits_for_the_decision_and_an_approved_lead_return_waits_for_a_new_dispatch() {
            CaseEvent[] returned = {disputeReceived(), dispatched(enforce, police),
                    new DispatchReturnRequested(ID, enforce, ReturnReason.NOT_OUR_DUTY, "text", T0, ACTOR)};
            assertThat(fold(returned).dispatch().units().get(enforce)).isEqualTo(DispatchStanding.RETURN_REQUESTED);
            CaseView approved = fold(disputeReceived(), dispatched(enforce, police),
                    new DispatchReturnRequested(ID, enforce, ReturnReason.NOT_OUR_DUTY, "text", T0, ACTOR),
                    new DispatchReturnDecided(ID, enforce, ReturnDecision.APPROVE, null, T0, ACTOR));
            assertThat(approved.dispatch().awaitingRedispatch()).isTrue();
            assertThat(approved.dispatch().leadUnit()).isNull();
            assertThat(approved.dispatch().units()).containsExactly(Map.entry(enforce, DispatchStanding.RETURNED));
            CaseView again = fold(disputeReceived(), dispatched(enforce, police),
                    new DispatchReturnRequested(ID, enforce, ReturnReason.NOT_OUR_DUTY, "text", T0, ACTOR),
                    new DispatchReturnDecided(ID, enforce, ReturnDecision.APPROVE, null, T0, ACTOR),
                    dispatched(housing, police));
            assertThat(again.dispatch().awaitingRedispatch()).isFalse();
            assertThat(again.dispatch().rounds()).isEqualTo(2);
            assertThat(again.dispatch().leadUnit()).isEqualTo(housing);
        }

        @Test
        void a_refused_return_counts_as_signed_and_an_approved_co_unit_return_takes_it_off() {
            CaseView view = fold(disputeReceived(), dispatched(housing, police, enforce),
                    new DispatchReturnRequested(ID, housing, ReturnReason.OTHER, "text", T0, ACTOR),
                    new DispatchReturnDecided(ID, housing, ReturnDecision.REFUSE, null, T0, ACTOR),
                    new DispatchReturnRequested(ID, enforce, ReturnReason.NOT_OUR_AREA, "text", T0, ACTOR),
                    new DispatchReturnDecided(ID, enforce, ReturnDecision.APPROVE, null, T0, ACTOR));
            assertThat(view.dispatch().units()).containsExactly(Map.entry(housing, DispatchStanding.SIGNED),
                    Map.entry(police, DispatchStanding.TO_SIGN), Map.entry(enforce, DispatchStanding.RETURNED));
        }

        @Test
        void an_objection_is_a_return_request_and_its_approval_hands_the_case_back() {
            AssignmentObjected objected = new AssignmentObjected(ID, MEDIATION, "not ours", LocalDate.of(2026, 7, 8),
                    T0, ACTOR);
            CaseView objecting = fold(disputeReceived(), assigned(T0), objected);
            assertThat(objecting.dispatch().leadUnit()).isEqualTo(MEDIATION);
            assertThat(objecting.dispatch().units()).containsExactly(
                    Map.entry(MEDIATION, DispatchStanding.RETURN_REQUESTED));
            assertThat(objecting.unit()).isEqualTo(MEDIATION);
            CaseView handedBack = fold(disputeReceived(), assigned(T0), objected,
                    new DispatchReturnDecided(ID, MEDIATION, ReturnDecision.APPROVE, null, T0, ACTOR));
            assertThat(handedBack.unit()).isNull();
            assertThat(handedBack.officer()).isNull();
            assertThat(handedBack.dispatch().awaitingRedispatch()).isTrue();
            CaseView refused = fold(disputeReceived(), assigned(T0), objected,
                    new DispatchReturnDecided(ID, MEDIATION, ReturnDecision.REFUSE, null, T0, ACTOR));
            assertThat(refused.unit()).isEqualTo(MEDIATION);
            assertThat(refused.dispatch().units()).containsExactly(Map.entry(MEDIATION, DispatchStanding.SIGNED));
        }

        @Test
        void records_the_co_units_reports_and_waivers() {
            CaseView view = fold(disputeReceived(), dispatched(housing, police, enforce),
                    new DispatchSigned(ID, police, T0, ACTOR), new DispatchSigned(ID, enforce, T0, ACTOR),
                    new ContributionReported(ID, police, "text", T0, ACTOR),
                    new ContributionWaived(ID, enforce, "reason", T0, ACTOR));
            assertThat(view.dispatch().reported()).containsExactly(police);
            assertThat(view.dispatch().waived()).containsExactly(enforce);
            assertThat(view.dispatch().contributionsOutstanding()).isEmpty();
            assertThat(view.dispatch().pending()).containsExactly(housing);
        }
    }

    @Nested
    class Linked_and_merged_cases {

        private final CaseId petition = new CaseId("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
        private final CaseNumber petitionNumber = new CaseNumber("SH-2026-000009");
        private final CaseId primary = new CaseId("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        private final CaseNumber primaryNumber = new CaseNumber("SH-2026-000003");

        @Test
        void a_link_asked_for_here_is_pending_until_confirmed() {
            CaseLinked asked = new CaseLinked(ID, petition, CaseKind.PETITION, petitionNumber, true, "same pipe", T0,
                    ACTOR);
            assertThat(fold(disputeReceived(), asked).linked().cases()).containsExactly(
                    new LinkedCaseView(petition, CaseKind.PETITION, petitionNumber, false));
            assertThat(fold(disputeReceived(), asked, new CaseLinkConfirmed(ID, petition, T0, ACTOR)).linked().cases())
                    .containsExactly(new LinkedCaseView(petition, CaseKind.PETITION, petitionNumber, true));
        }

        @Test
        void a_link_recorded_for_the_other_case_is_complete_at_once() {
            CaseView view = fold(disputeReceived(), new CaseLinked(ID, petition, CaseKind.PETITION, petitionNumber,
                    false, null, T0, ACTOR));
            assertThat(view.linked().cases()).containsExactly(
                    new LinkedCaseView(petition, CaseKind.PETITION, petitionNumber, true));
        }

        @Test
        void a_merged_duplicate_names_its_primary_and_closes_as_merged() {
            CaseView view = fold(disputeReceived(), new CaseMerged(ID, primary, primaryNumber, "registered twice", T0,
                    ACTOR), new CaseClosed(ID, Outcome.MERGED, null, null, null, Level.GRID, T0, ACTOR));
            assertThat(view.linked().mergedInto()).isEqualTo(
                    new LinkedCaseView(primary, CaseKind.DISPUTE, primaryNumber, true));
            assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(view.outcome()).isEqualTo(Outcome.MERGED);
        }

        @Test
        void a_primary_counts_the_duplicates_merged_into_it() {
            CaseView view = fold(disputeReceived(), new DuplicateAbsorbed(ID, primary, CaseKind.DISPUTE, primaryNumber,
                    T0, ACTOR));
            assertThat(view.linked().repeats()).isEqualTo(1);
            assertThat(view.linked().duplicates()).containsExactly(
                    new LinkedCaseView(primary, CaseKind.DISPUTE, primaryNumber, true));
            assertThat(view.linked().only(other -> false)).isEqualTo(LinkedCasesView.NONE);
        }
    }

    @Nested
    class Follow_ups_and_rework {

        private CaseClosed closed(Instant at) {
            return new CaseClosed(ID, Outcome.RESOLVED, Satisfaction.SATISFIED, null, null, Level.COMMUNITY, at, ACTOR);
        }

        private FollowUpRecorded followUp(Satisfaction satisfaction, boolean first, Instant at) {
            return new FollowUpRecorded(ID, "王芳", FollowUpMethod.PHONE, satisfaction, null, "note", first,
                    satisfaction == Satisfaction.DISSATISFIED, at, ACTOR);
        }

        @Test
        void counts_the_follow_ups_of_the_latest_closure_and_shows_the_latest_satisfaction() {
            CaseView view = fold(disputeReceived(), assigned(T0), closed(T0.plusSeconds(60)),
                    new FollowUpOverdue(ID, T0.plusSeconds(120), T0.plusSeconds(120), Actor.SYSTEM));
            assertThat(view.aftercare().followUpOverdue()).isTrue();
            assertThat(view.aftercare().followUps()).isZero();

            view = fold(disputeReceived(), assigned(T0), closed(T0.plusSeconds(60)),
                    new FollowUpOverdue(ID, T0.plusSeconds(120), T0.plusSeconds(120), Actor.SYSTEM),
                    followUp(Satisfaction.SATISFIED, true, T0.plusSeconds(180)),
                    followUp(Satisfaction.DISSATISFIED, false, T0.plusSeconds(240)));
            assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(view.aftercare().followUps()).isEqualTo(2);
            assertThat(view.aftercare().followUpSatisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
            assertThat(view.aftercare().followUpOverdue()).isFalse();
            assertThat(view.aftercare().reworked()).isFalse();
        }

        @Test
        void rework_reopens_the_case_without_its_closure_and_a_new_closure_starts_its_own_follow_ups() {
            CaseView reopened = fold(disputeReceived(), assigned(T0), closed(T0.plusSeconds(60)),
                    followUp(Satisfaction.DISSATISFIED, true, T0.plusSeconds(180)),
                    new CaseReopenedForRework(ID, "the leak is back", Level.COMMUNITY, T0.plusSeconds(240), ACTOR));
            assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
            assertThat(reopened.outcome()).isNull();
            assertThat(reopened.satisfaction()).isNull();
            assertThat(reopened.closedAt()).isNull();
            assertThat(reopened.aftercare().reworked()).isTrue();
            assertThat(reopened.aftercare().followUps()).isEqualTo(1);

            CaseView closedAgain = fold(disputeReceived(), assigned(T0), closed(T0.plusSeconds(60)),
                    followUp(Satisfaction.DISSATISFIED, true, T0.plusSeconds(180)),
                    new CaseReopenedForRework(ID, "the leak is back", Level.COMMUNITY, T0.plusSeconds(240), ACTOR),
                    closed(T0.plusSeconds(300)));
            assertThat(closedAgain.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closedAgain.aftercare().followUps()).isZero();
            assertThat(closedAgain.aftercare().followUpSatisfaction()).isNull();
            assertThat(closedAgain.aftercare().reworked()).isTrue();
            assertThat(closedAgain.toString()).doesNotContain("the leak is back");
        }
    }

    @Nested
    class Judicial_confirmation {

        private final Instant windowEnds = Instant.parse("2026-07-31T16:00:00Z");
        private final DeadlineSet window = new DeadlineSet(ID, "JUDICIAL_CONFIRMATION-2",
                TimeLimit.JUDICIAL_CONFIRMATION, windowEnds, windowEnds.minusSeconds(259_200), null, T0, ACTOR);

        @Test
        void a_dispute_without_an_agreement_has_none() {
            assertThat(fold(disputeReceived()).judicialConfirmation()).isNull();
        }

        @Test
        void shows_the_window_the_application_and_a_rejections_route() {
            CaseView open = fold(disputeReceived(), window);
            assertThat(open.judicialConfirmation().windowEndsAt()).isEqualTo(windowEnds);
            assertThat(open.judicialConfirmation().court()).isNull();
            CaseView decided = fold(disputeReceived(), window,
                    new JudicialConfirmationApplied(ID, "赛罕区人民法院", windowEnds, T0, ACTOR),
                    new DeadlineMet(ID, "JUDICIAL_CONFIRMATION-2", TimeLimit.JUDICIAL_CONFIRMATION, windowEnds, T0,
                            ACTOR),
                    new JudicialConfirmationDecided(ID, JudicialDecision.REJECTED, "(2026)内0105民特123号",
                            JudicialConfirmationDecided.REJECTED_ROUTE, T0.plusSeconds(3600), ACTOR));
            assertThat(decided.judicialConfirmation()).isEqualTo(new JudicialConfirmationView(windowEnds,
                    "赛罕区人民法院", T0.truncatedTo(ChronoUnit.MILLIS), JudicialDecision.REJECTED, "(2026)内0105民特123号",
                    T0.plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS),
                    JudicialConfirmationDecided.REJECTED_ROUTE));
        }

        @Test
        void a_window_closed_unused_is_no_missed_limit_of_the_unit() {
            CaseView view = fold(disputeReceived(), window,
                    new DeadlineMissed(ID, "JUDICIAL_CONFIRMATION-2", TimeLimit.JUDICIAL_CONFIRMATION, windowEnds,
                            windowEnds, Actor.SYSTEM));
            assertThat(view.overdue()).isFalse();
            assertThat(view.missedDeadlines()).isZero();
            assertThat(view.deadlines()).doesNotContainKey(TimeLimit.JUDICIAL_CONFIRMATION);
        }
    }

    @Nested
    class Meetings_with_typed_participants {

        @Test
        void lists_each_meeting_with_its_sides_units_convener_and_decisions_but_no_name() {
            UnitCode property = new UnitCode("SH-FL-PROPERTY");
            UnitCode enforce = new UnitCode("SHQ-ENFORCE");
            MeetingHeld typed = new MeetingHeld(ID, MeetingType.JOINT_MEETING, List.of("王芳", "物业经理", "执法队"),
                    "minutes", T0, ACTOR, List.of(new ParticipantRole(ParticipantSide.PARTY, null),
                            new ParticipantRole(ParticipantSide.UNIT, property),
                            new ParticipantRole(ParticipantSide.UNIT, enforce)), TASKFORCE,
                    List.of(new MeetingDecision("clear the drains", enforce, null),
                            new MeetingDecision("list the flats", null, "王芳")));
            CaseView view = fold(disputeReceived(), assigned(T0), meeting(MeetingType.MEDIATION_SESSION, T0), typed);
            assertThat(view.meetingsHeld()).hasSize(2);
            assertThat(view.meetingsHeld().get(0).sides()).isEmpty();
            assertThat(view.meetingsHeld().get(1)).isEqualTo(new MeetingView(MeetingType.JOINT_MEETING,
                    T0.truncatedTo(ChronoUnit.MILLIS), 3, Map.of(ParticipantSide.PARTY, 1, ParticipantSide.UNIT, 2),
                    List.of(property, enforce), TASKFORCE, 2, List.of(enforce)));
            assertThat(view.toString()).doesNotContain("王芳", "clear the drains");
        }
    }
}
