package org.fengqiao.command.cases.lifecycle;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.AddNote;
import org.fengqiao.cases.common.AssignRiskLeader;
import org.fengqiao.cases.common.AssignmentObjected;
import org.fengqiao.cases.common.AssignCase;
import org.fengqiao.cases.common.AttachmentRecorded;
import org.fengqiao.cases.common.CaseAssigned;
import org.fengqiao.cases.common.CaseClosed;
import org.fengqiao.cases.common.CaseEvent;
import org.fengqiao.cases.common.CaseEscalated;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.CaseMarkedConfidential;
import org.fengqiao.cases.common.CaseNumber;
import org.fengqiao.cases.common.CaseReassigned;
import org.fengqiao.cases.common.CaseRule;
import org.fengqiao.cases.common.CaseRuleViolation;
import org.fengqiao.cases.common.CaseStatus;
import org.fengqiao.cases.status.CaseStatusMachine;
import org.fengqiao.cases.common.CaseVersion;
import org.fengqiao.cases.common.ChangeRiskLevel;
import org.fengqiao.cases.common.CloseCase;
import org.fengqiao.cases.common.Confidentiality;
import org.fengqiao.cases.common.ConfidentialityLifted;
import org.fengqiao.cases.common.DeadlineExtended;
import org.fengqiao.cases.common.DeadlineMet;
import org.fengqiao.cases.common.DeadlineMissed;
import org.fengqiao.cases.common.DeadlineReminded;
import org.fengqiao.cases.common.DeadlineSet;
import org.fengqiao.cases.common.EndHearing;
import org.fengqiao.cases.common.EscalateCase;
import org.fengqiao.cases.common.ExtendDeadline;
import org.fengqiao.cases.common.HearingEnded;
import org.fengqiao.cases.common.HearingStarted;
import org.fengqiao.cases.common.JurisdictionPath;
import org.fengqiao.cases.common.Level;
import org.fengqiao.cases.common.LifecycleCommand;
import org.fengqiao.cases.common.LiftConfidentiality;
import org.fengqiao.cases.common.MarkCaseConfidential;
import org.fengqiao.cases.common.MeetingHeld;
import org.fengqiao.cases.common.MeetingType;
import org.fengqiao.cases.common.NoteAdded;
import org.fengqiao.cases.common.ObjectToAssignment;
import org.fengqiao.cases.common.Outcome;
import org.fengqiao.cases.common.RecordAttachment;
import org.fengqiao.cases.common.RecordCheckIn;
import org.fengqiao.cases.common.RecordMeeting;
import org.fengqiao.cases.common.RiskLevel;
import org.fengqiao.cases.common.RiskCheckInRecorded;
import org.fengqiao.cases.common.RiskLeaderAssigned;
import org.fengqiao.cases.common.RiskLevelChanged;
import org.fengqiao.cases.common.StartHearing;
import org.fengqiao.cases.common.TimeLimit;
import org.fengqiao.cases.common.UnitCode;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.integrity.DossierExported;
import org.fengqiao.integrity.RecordDossierExport;
import org.fengqiao.cases.common.SealedValue;
import org.fengqiao.command.personaldata.PersonalValues;
import org.fengqiao.personaldata.ErasePersonalData;
import org.fengqiao.personaldata.LiftPersonalDataRestriction;
import org.fengqiao.personaldata.PersonalDataErased;
import org.fengqiao.personaldata.PersonalDataRestricted;
import org.fengqiao.personaldata.PersonalDataRestrictionLifted;
import org.fengqiao.personaldata.RestrictPersonalData;
import org.fengqiao.command.timelimits.LimitDue;
import org.fengqiao.command.timelimits.LimitEnd;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.jurisdiction.HandlingUnit;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The lifecycle that petitions and disputes share: assignment, meetings, escalation, risk, notes, attachments and
 * closure, and the time limits: deadlines set, extended once, suspended by a hearing, reminded, met and missed (with
 * the policy's escalation), and the high-risk regime (escalation to the sub-district, shorter limits, a leader who
 * owns the case, timed check-ins). Each rule lives here once; {@code Petition} and {@code Dispute} add their own
 * commands and refine the shared ones through the hooks at the end ({@link #checkAssignable()}, {@link #checkMeeting},
 * {@link #checkClosure}).
 *
 * <p>Deadlines are scheduled with Axon's {@link DeadlineManager} (persistent, see {@code DeadlineConfiguration}) and
 * never cancelled: each firing names the deadline it was scheduled for, and a deadline that was met, missed, replaced
 * or is suspended does nothing when it fires, so a firing that comes twice (a retry after a crash, two instances)
 * records nothing the second time.
 *
 * <p>Every handler answers with the case's {@link CaseVersion}: the number of events in its history.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class Case {

    /** Clocks of callers and servers differ a little; a business time this far ahead still counts as "now". */
    protected static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @AggregateIdentifier
    protected CaseId caseId;
    protected CaseNumber caseNumber;
    protected CaseStatus status;
    protected Level level;
    protected UnitCode unit;
    protected RiskLevel riskLevel;
    protected boolean agreed;
    protected long version;
    protected Map<TimeLimit, RunningLimit> limits = new HashMap<>();
    protected int deadlines;
    protected Instant hearingStartedAt;
    protected Instant assignedAt;
    protected boolean objected;
    protected String riskLeader;
    /** Where the case lives, for the callers' jurisdiction check; set by the subtypes' intake handlers. */
    protected JurisdictionPath jurisdiction;
    /** How many persons (data subjects, numbered from 1) the case names; set by the subtypes' intake handlers. */
    protected int dataSubjects;
    /** The data subjects whose personal data is restricted now, and those erased. */
    protected Set<Integer> restrictedSubjects = new TreeSet<>();
    protected Set<Integer> erasedSubjects = new TreeSet<>();
    /** Who may see the case while it is confidential ({@code null}: not confidential), for the callers' check. */
    protected List<String> confidentialRoles;
    protected List<String> confidentialAccounts;

    /**
     * Before any handler of an existing case: the caller's jurisdiction node, its name and roles against a
     * confidential case's audience, its handling units and expected version ({@link CallerScope}). A new case has no
     * state yet; its intake handler checks what applies. An intake repeated under a known reference answers the case
     * it registered, confidential or not: the caller already knows that case.
     */
    @CommandHandlerInterceptor
    Object checkCaller(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (caseId != null) {
            boolean intake = command.getPayload() instanceof ReceivePetition
                    || command.getPayload() instanceof ReceiveDispute;
            CallerScope.check(command.getMetaData(), jurisdiction, intake ? null : confidentialRoles,
                    confidentialAccounts, unit, version);
            Object payload = command.getPayload();
            // what may still happen to a restricted case: the rights themselves, the record of an export, and a
            // repeated intake, which appends nothing
            boolean keepsData = intake || payload instanceof RestrictPersonalData
                    || payload instanceof LiftPersonalDataRestriction || payload instanceof ErasePersonalData
                    || payload instanceof RecordDossierExport;
            if (!restrictedSubjects.isEmpty() && !keepsData) {
                // restriction (PIPL Art. 47(2)): storage and security only, and the auditors' reading of the file
                throw new CaseRuleViolation(CaseRule.PERSONAL_DATA_RESTRICTED);
            }
            if (erasedSubjects.contains(1) && !keepsData) {
                // the case's free text is sealed under its first subject's key, which is gone: nothing more can be
                // recorded (a petition could otherwise be reopened for review)
                throw new CaseRuleViolation(CaseRule.DATA_SUBJECT_ERASED);
            }
        }
        return chain.proceed();
    }

    @CommandHandler
    CaseVersion handle(RestrictPersonalData command) {
        int subject = requireSubject(command.subject());
        if (erasedSubjects.contains(subject)) {
            throw new CaseRuleViolation(CaseRule.DATA_SUBJECT_ERASED);
        }
        if (restrictedSubjects.contains(subject)) {
            throw new CaseRuleViolation(CaseRule.ALREADY_RESTRICTED);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        apply(new PersonalDataRestricted(caseId, subject, command.reason(), command.occurredAt(), command.actor()));
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(LiftPersonalDataRestriction command) {
        int subject = requireSubject(command.subject());
        if (!restrictedSubjects.contains(subject)) {
            throw new CaseRuleViolation(CaseRule.NOT_RESTRICTED);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        apply(new PersonalDataRestrictionLifted(caseId, subject, command.reason(), command.occurredAt(),
                command.actor()));
        return currentVersion();
    }

    /**
     * Erasure destroys the subject's key once the event is committed, so an erasure that fails to commit erases
     * nothing. A repeated erasure appends nothing and destroys the key again, which completes an erasure whose key
     * could not be destroyed the first time.
     */
    @CommandHandler
    CaseVersion handle(ErasePersonalData command, PersonalValues values) {
        int subject = requireSubject(command.subject());
        String key = SealedValue.subject(caseId, subject);
        if (erasedSubjects.contains(subject)) {
            values.destroyKey(key);
            return currentVersion();
        }
        if (status != CaseStatus.CLOSED) {
            throw new CaseRuleViolation(CaseRule.RETENTION_APPLIES);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        apply(new PersonalDataErased(caseId, subject, command.reason(), command.occurredAt(), command.actor()));
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> values.destroyKey(key));
        } else {
            values.destroyKey(key);
        }
        return currentVersion();
    }

    private int requireSubject(int subject) {
        if (subject < 1 || subject > dataSubjects) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_DATA_SUBJECT);
        }
        return subject;
    }

    @CommandHandler
    CaseVersion handle(AssignCase command, JurisdictionTree jurisdictions) {
        requireKind(command);
        requireOpen();
        checkAssignable();
        if (command.unit() == null) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_UNIT);
        }
        HandlingUnit target = jurisdictions.unit(command.unit())
                .orElseThrow(() -> new CaseRuleViolation(CaseRule.UNKNOWN_UNIT));
        if (unit == null) {
            apply(new CaseAssigned(caseId, target.code(), target.level(), command.officer(), command.note(),
                    command.occurredAt(), command.actor()));
        } else {
            apply(new CaseReassigned(caseId, unit, target.code(),
                    target.level(), command.officer(), command.note(), command.occurredAt(), command.actor()));
        }
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(RecordMeeting command, Clock clock) {
        requireKind(command);
        requireOpen();
        requireAssigned();
        if (command.type() == null) {
            throw new CaseRuleViolation(CaseRule.MEETING_TYPE_REQUIRED);
        }
        checkMeeting(command.type());
        requirePastOrPresent(command.heldAt(), clock, CaseRule.MEETING_TIME_REQUIRED);
        if (command.participants().stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().count() < 2) {
            throw new CaseRuleViolation(CaseRule.TWO_PARTICIPANTS_REQUIRED);
        }
        require(command.minutes(), CaseRule.MINUTES_REQUIRED);
        apply(new MeetingHeld(caseId, command.type(), command.participants(), command.minutes(), command.heldAt(),
                command.actor()));
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(EscalateCase command) {
        requireKind(command);
        requireOpen();
        if (command.toLevel() == null) {
            throw new CaseRuleViolation(CaseRule.LEVEL_REQUIRED);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        if (!command.toLevel().isAbove(level)) {
            throw new CaseRuleViolation(CaseRule.ESCALATION_NOT_UPWARD);
        }
        apply(new CaseEscalated(caseId, level, command.toLevel(), command.reason(), command.occurredAt(),
                command.actor()));
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(ChangeRiskLevel command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        requireKind(command);
        requireOpen();
        if (command.level() == null) {
            throw new CaseRuleViolation(CaseRule.RISK_LEVEL_REQUIRED);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        if (command.level() == riskLevel) {
            throw new CaseRuleViolation(CaseRule.RISK_LEVEL_UNCHANGED);
        }
        if (command.level().isHigh() && !riskLevel.isHigh() && command.policeInformed() == null) {
            throw new CaseRuleViolation(CaseRule.POLICE_INFORMED_REQUIRED);
        }
        changeRisk(command.level(), command.reason(), command.policeInformed(), command.occurredAt(), command.actor(),
                deadlineManager, policy);
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(AssignRiskLeader command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        requireKind(command);
        requireOpen();
        if (!riskLevel.isHigh()) {
            throw new CaseRuleViolation(CaseRule.NOT_HIGH_RISK);
        }
        require(command.leader(), CaseRule.LEADER_REQUIRED);
        apply(new RiskLeaderAssigned(caseId, command.leader(), command.occurredAt(), command.actor()));
        if (!limits.containsKey(TimeLimit.CHECK_IN)) {
            startCheckIn(command.occurredAt(), command.actor(), deadlineManager, policy);
        }
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(RecordCheckIn command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        requireKind(command);
        requireOpen();
        if (!riskLevel.isHigh()) {
            throw new CaseRuleViolation(CaseRule.NOT_HIGH_RISK);
        }
        if (riskLeader == null) {
            throw new CaseRuleViolation(CaseRule.LEADER_NOT_ASSIGNED);
        }
        require(command.note(), CaseRule.NOTE_REQUIRED);
        apply(new RiskCheckInRecorded(caseId, command.note(), command.occurredAt(), command.actor()));
        endLimit(TimeLimit.CHECK_IN, command.occurredAt(), command.actor());
        startCheckIn(command.occurredAt(), command.actor(), deadlineManager, policy);
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(ExtendDeadline command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        requireKind(command);
        requireOpen();
        if (command.limit() == null) {
            throw new CaseRuleViolation(CaseRule.LIMIT_REQUIRED);
        }
        if (command.limit() != TimeLimit.HANDLING) {
            throw new CaseRuleViolation(CaseRule.LIMIT_NOT_EXTENDABLE);
        }
        RunningLimit running = limits.get(TimeLimit.HANDLING);
        if (running == null) {
            throw new CaseRuleViolation(CaseRule.LIMIT_NOT_RUNNING);
        }
        if (running.extended()) {
            throw new CaseRuleViolation(CaseRule.EXTENSION_ALREADY_USED);
        }
        if (command.days() < 1 || command.days() > policy.maxExtensionDays()) {
            throw new CaseRuleViolation(CaseRule.EXTENSION_DAYS_INVALID);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        require(command.approver(), CaseRule.APPROVER_REQUIRED);
        LimitEnd end = policy.extended(running.dueAt(), command.days());
        Instant dueAt = end.dueAt();
        Instant remindAt = policy.remindAt(command.occurredAt(), dueAt);
        String id = nextDeadlineId(TimeLimit.HANDLING);
        apply(new DeadlineExtended(caseId, id, running.id(), TimeLimit.HANDLING, command.days(), dueAt, remindAt,
                command.reason(), command.approver(), command.occurredAt(), command.actor(), end.calendarDegraded()));
        schedule(deadlineManager, id, dueAt, remindAt);
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(StartHearing command) {
        requireKind(command);
        requireOpen();
        if (hearingStartedAt != null) {
            throw new CaseRuleViolation(CaseRule.HEARING_ALREADY_RUNNING);
        }
        apply(new HearingStarted(caseId, command.occurredAt(), command.actor()));
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(EndHearing command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        requireKind(command);
        requireOpen();
        if (hearingStartedAt == null) {
            throw new CaseRuleViolation(CaseRule.NO_HEARING_RUNNING);
        }
        Instant startedAt = hearingStartedAt;
        Instant endedAt = command.occurredAt().isBefore(startedAt) ? startedAt : command.occurredAt();
        apply(new HearingEnded(caseId, startedAt, endedAt, command.actor()));
        for (Map.Entry<TimeLimit, RunningLimit> entry : suspendedLimits()) {
            RunningLimit running = entry.getValue();
            LimitEnd end = policy.afterHearing(running.dueAt(), startedAt, endedAt);
            Instant remindAt = running.reminded() ? null : policy.remindAt(endedAt, end.dueAt());
            replaceDeadline(entry.getKey(), running, end, remindAt, endedAt, command.actor(), deadlineManager);
        }
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(ObjectToAssignment command, Clock clock, TimeLimitPolicy policy) {
        requireKind(command);
        requireOpen();
        requireAssigned();
        if (command.unit() == null || !command.unit().equals(unit)) {
            throw new CaseRuleViolation(CaseRule.NOT_CURRENT_UNIT);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        if (objected) {
            throw new CaseRuleViolation(CaseRule.OBJECTION_ALREADY_RAISED);
        }
        LimitEnd window = policy.objectionWindow(assignedAt);
        if (!clock.instant().isBefore(window.dueAt())) {
            throw new CaseRuleViolation(CaseRule.OBJECTION_TOO_LATE);
        }
        apply(new AssignmentObjected(caseId, unit, command.reason(), window.lastDay(), command.occurredAt(),
                command.actor(), window.calendarDegraded()));
        return currentVersion();
    }

    /**
     * A deadline of this case fired: the reminder puts it on the "due soon" list, the due time records the miss and
     * escalates the case one level, as far as the policy's ceiling. Does nothing for a deadline that no longer runs or
     * is suspended by a hearing, and for a reminder already given.
     */
    @DeadlineHandler(deadlineName = LimitDue.DEADLINE_NAME)
    void on(LimitDue due, TimeLimitPolicy policy) {
        if (status == CaseStatus.CLOSED) {
            return;
        }
        TimeLimit limit = limits.entrySet().stream()
                .filter(entry -> entry.getValue().id().equals(due.deadlineId()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (limit == null || hearingStartedAt != null && limit != TimeLimit.CHECK_IN) {
            return;
        }
        RunningLimit running = limits.get(limit);
        if (due.reminder()) {
            if (!running.reminded()) {
                apply(new DeadlineReminded(caseId, running.id(), limit, running.dueAt(),
                        running.remindAt() == null ? running.dueAt() : running.remindAt(), Actor.SYSTEM));
            }
            return;
        }
        apply(new DeadlineMissed(caseId, running.id(), limit, running.dueAt(), running.dueAt(), Actor.SYSTEM));
        Level next = limit == TimeLimit.CHECK_IN ? null : policy.escalationAfterMiss(level);
        if (next != null) {
            apply(new CaseEscalated(caseId, level, next, "time limit " + limit + " missed", running.dueAt(),
                    Actor.SYSTEM));
        }
    }

    @CommandHandler
    CaseVersion handle(AddNote command) {
        requireKind(command);
        requireOpen();
        require(command.text(), CaseRule.TEXT_REQUIRED);
        apply(new NoteAdded(caseId, command.text(), command.occurredAt(), command.actor()));
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(RecordAttachment command) {
        requireKind(command);
        requireOpen();
        boolean valid = command.name() != null
                && command.mediaType() != null && command.mediaType().matches("[\\w.+-]+/[\\w.+-]+")
                && command.size() >= 0
                && command.sha256() != null && command.sha256().matches("[0-9a-fA-F]{64}");
        if (!valid) {
            throw new CaseRuleViolation(CaseRule.ATTACHMENT_INVALID);
        }
        apply(new AttachmentRecorded(caseId, command.name(), command.mediaType(), command.size(),
                command.sha256().toLowerCase(java.util.Locale.ROOT), command.occurredAt(), command.actor()));
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(CloseCase command) {
        requireKind(command);
        requireOpen();
        Outcome outcome = command.outcome();
        if (outcome == null) {
            throw new CaseRuleViolation(CaseRule.OUTCOME_REQUIRED);
        }
        if (outcome == Outcome.NOT_ACCEPTED) {
            // only the acceptance decision closes a case as not accepted
            throw new CaseRuleViolation(CaseRule.OUTCOME_NOT_APPLICABLE);
        }
        checkClosure(outcome);
        if ((outcome == Outcome.MEDIATION_FAILED || outcome == Outcome.REFERRED) && command.route() == null) {
            throw new CaseRuleViolation(CaseRule.ROUTE_REQUIRED);
        }
        if (riskLevel.isHigh() && riskLeader == null) {
            throw new CaseRuleViolation(CaseRule.LEADER_NOT_ASSIGNED);
        }
        for (TimeLimit limit : List.copyOf(limits.keySet())) {
            endLimit(limit, command.occurredAt(), command.actor());
        }
        apply(new CaseClosed(caseId, outcome, command.satisfaction(), command.route(), command.note(), level,
                command.occurredAt(), command.actor()));
        return currentVersion();
    }

    /** Exporting a dossier is recorded, never refused: open and closed cases alike, for any caller allowed to read. */
    @CommandHandler
    CaseVersion handle(RecordDossierExport command) {
        apply(new DossierExported(caseId, command.format(), command.exportedVersion(), command.headHash(),
                command.occurredAt(), command.actor()));
        return currentVersion();
    }

    /**
     * Marks the case confidential, or changes who may see it; open and closed cases alike. Only a caller who may see
     * the case gets here ({@link #checkCaller}).
     */
    @CommandHandler
    CaseVersion handle(MarkCaseConfidential command) {
        markConfidential(command.reason(), command.roles(), command.accounts(), command.occurredAt(),
                command.actor());
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(LiftConfidentiality command) {
        if (confidentialRoles == null) {
            throw new CaseRuleViolation(CaseRule.NOT_CONFIDENTIAL);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        apply(new ConfidentialityLifted(caseId, command.reason(), command.occurredAt(), command.actor()));
        return currentVersion();
    }

    @EventSourcingHandler
    void on(CaseAssigned event, @SequenceNumber long sequence) {
        unit = event.unit();
        level = event.level();
        assignedAt = event.occurredAt();
        objected = false;
        status = CaseStatusMachine.after(status, event);
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(CaseReassigned event, @SequenceNumber long sequence) {
        unit = event.unit();
        level = event.level();
        assignedAt = event.occurredAt();
        objected = false;
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(MeetingHeld event, @SequenceNumber long sequence) {
        status = CaseStatusMachine.after(status, event);
        onMeeting(event.type());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(CaseEscalated event, @SequenceNumber long sequence) {
        level = event.toLevel();
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(RiskLevelChanged event, @SequenceNumber long sequence) {
        riskLevel = event.level();
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(RiskLeaderAssigned event, @SequenceNumber long sequence) {
        riskLeader = event.leader();
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(RiskCheckInRecorded event, @SequenceNumber long sequence) {
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(DeadlineSet event, @SequenceNumber long sequence) {
        RunningLimit replaced = limits.get(event.limit());
        boolean extended = replaced != null && replaced.id().equals(event.replaces()) && replaced.extended();
        boolean reminded = replaced != null && replaced.id().equals(event.replaces()) && event.remindAt() == null
                && replaced.reminded();
        limits.put(event.limit(), new RunningLimit(event.deadlineId(), event.dueAt(), event.remindAt(), extended,
                reminded));
        deadlines++;
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(DeadlineExtended event, @SequenceNumber long sequence) {
        limits.put(event.limit(), new RunningLimit(event.deadlineId(), event.dueAt(), event.remindAt(), true, false));
        deadlines++;
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(DeadlineReminded event, @SequenceNumber long sequence) {
        limits.computeIfPresent(event.limit(), (limit, running) -> running.remindedNow());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(DeadlineMet event, @SequenceNumber long sequence) {
        limits.remove(event.limit());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(DeadlineMissed event, @SequenceNumber long sequence) {
        limits.remove(event.limit());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(HearingStarted event, @SequenceNumber long sequence) {
        hearingStartedAt = event.occurredAt();
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(HearingEnded event, @SequenceNumber long sequence) {
        hearingStartedAt = null;
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(AssignmentObjected event, @SequenceNumber long sequence) {
        objected = true;
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(NoteAdded event, @SequenceNumber long sequence) {
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(AttachmentRecorded event, @SequenceNumber long sequence) {
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(CaseClosed event, @SequenceNumber long sequence) {
        status = CaseStatusMachine.after(status, event);
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(DossierExported event, @SequenceNumber long sequence) {
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(PersonalDataRestricted event, @SequenceNumber long sequence) {
        restrictedSubjects.add(event.subject());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(CaseMarkedConfidential event, @SequenceNumber long sequence) {
        confidentialRoles = List.copyOf(event.roles());
        confidentialAccounts = List.copyOf(event.accounts());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(PersonalDataRestrictionLifted event, @SequenceNumber long sequence) {
        restrictedSubjects.remove(event.subject());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence) {
        restrictedSubjects.remove(event.subject());
        erasedSubjects.add(event.subject());
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(ConfidentialityLifted event, @SequenceNumber long sequence) {
        confidentialRoles = null;
        confidentialAccounts = null;
        version = sequence + 1;
    }

    /** State every intake event sets; called by the subtypes' intake handlers. */
    protected void received(CaseEvent intake, CaseNumber number, long sequence) {
        caseId = intake.caseId();
        caseNumber = number;
        status = CaseStatusMachine.after(null, intake);
        level = Level.GRID;
        riskLevel = RiskLevel.LOW;
        version = sequence + 1;
    }

    /**
     * Records a risk change and, on the way up to HIGH or CRITICAL, its consequences: escalation to the sub-district
     * at once and the running limits shortened to the policy's share, counted from now (never lengthened). On the way
     * down, the check-ins end.
     */
    protected void changeRisk(RiskLevel to, String reason, Boolean policeInformed, Instant at, Actor actor,
            DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        RiskLevel from = riskLevel;
        apply(new RiskLevelChanged(caseId, from, to, reason, at, actor, policeInformed));
        if (to.isHigh() && !from.isHigh()) {
            if (Level.SUB_DISTRICT.isAbove(level)) {
                apply(new CaseEscalated(caseId, level, Level.SUB_DISTRICT, "risk " + to + ": to the sub-district at once",
                        at, actor));
            }
            for (Map.Entry<TimeLimit, RunningLimit> entry : suspendedLimits()) {
                LimitEnd shorter = policy.afterDays(at, policy.days(entry.getKey(), kind(), true));
                if (shorter.dueAt().isBefore(entry.getValue().dueAt())) {
                    replaceDeadline(entry.getKey(), entry.getValue(), shorter, policy.remindAt(at, shorter.dueAt()), at,
                            actor, deadlineManager);
                }
            }
        } else if (!to.isHigh() && from.isHigh()) {
            endLimit(TimeLimit.CHECK_IN, at, actor);
        }
    }

    /** Starts a limit of {@code days} calendar days from {@code start}, with its reminder, and schedules both. */
    protected void startLimit(TimeLimit limit, Instant start, int days, Actor actor, DeadlineManager deadlineManager,
            TimeLimitPolicy policy) {
        LimitEnd end = policy.afterDays(start, days);
        Instant dueAt = end.dueAt();
        Instant remindAt = policy.remindAt(start, dueAt);
        String id = nextDeadlineId(limit);
        apply(new DeadlineSet(caseId, id, limit, dueAt, remindAt, null, start, actor, end.calendarDegraded()));
        schedule(deadlineManager, id, dueAt, remindAt);
    }

    /** Ends a running limit: met when it ends by its due time, missed when later (e.g. closed while it was overdue). */
    protected void endLimit(TimeLimit limit, Instant at, Actor actor) {
        RunningLimit running = limits.get(limit);
        if (running == null) {
            return;
        }
        if (at.isAfter(running.dueAt())) {
            apply(new DeadlineMissed(caseId, running.id(), limit, running.dueAt(), at, actor));
        } else {
            apply(new DeadlineMet(caseId, running.id(), limit, running.dueAt(), at, actor));
        }
    }

    /**
     * Records that the case is confidential to these roles and accounts: a reason, at least one of them, only the
     * platform's role names and well-formed account names. Called by the marking command and by the intake handlers
     * right after their intake event, so that a case registered as confidential is never visible unprotected.
     */
    protected void markConfidential(String reason, List<String> roles, List<String> accounts, Instant at,
            Actor actor) {
        checkConfidentiality(reason, roles, accounts);
        apply(new CaseMarkedConfidential(caseId, reason, roles, accounts, at, actor));
    }

    /** The rules of {@link #markConfidential}, for an intake handler to check before it records anything. */
    protected static void checkConfidentiality(String reason, List<String> roles, List<String> accounts) {
        require(reason, CaseRule.REASON_REQUIRED);
        if (roles.isEmpty() && accounts.isEmpty()) {
            throw new CaseRuleViolation(CaseRule.CONFIDENTIAL_AUDIENCE_REQUIRED);
        }
        if (!Confidentiality.ROLE_NAMES.containsAll(roles)) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_ROLE);
        }
        for (String account : accounts) {
            try {
                new Actor(account);
            } catch (IllegalArgumentException e) {
                throw new CaseRuleViolation(CaseRule.ACCOUNT_NAME_INVALID);
            }
        }
    }

    /** The risk an intake sets: LOW unless given; any other level needs its reason. */
    protected static RiskLevel intakeRisk(RiskLevel given, String reason) {
        if (given == null || given == RiskLevel.LOW) {
            return RiskLevel.LOW;
        }
        require(reason, CaseRule.RISK_REASON_REQUIRED);
        return given;
    }

    private void startCheckIn(Instant from, Actor actor, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        Instant dueAt = from.plus(policy.checkInInterval());
        String id = nextDeadlineId(TimeLimit.CHECK_IN);
        apply(new DeadlineSet(caseId, id, TimeLimit.CHECK_IN, dueAt, null, null, from, actor));
        schedule(deadlineManager, id, dueAt, null);
    }

    private void replaceDeadline(TimeLimit limit, RunningLimit running, LimitEnd end, Instant remindAt, Instant at,
            Actor actor, DeadlineManager deadlineManager) {
        String id = nextDeadlineId(limit);
        apply(new DeadlineSet(caseId, id, limit, end.dueAt(), remindAt, running.id(), at, actor,
                end.calendarDegraded()));
        schedule(deadlineManager, id, end.dueAt(), remindAt);
    }

    /** The running limits a hearing suspends (all but check-ins), copied, in a stable order. */
    private List<Map.Entry<TimeLimit, RunningLimit>> suspendedLimits() {
        List<Map.Entry<TimeLimit, RunningLimit>> suspended = new ArrayList<>();
        limits.entrySet().stream().filter(entry -> entry.getKey() != TimeLimit.CHECK_IN)
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> suspended.add(Map.entry(entry.getKey(), entry.getValue())));
        return suspended;
    }

    private String nextDeadlineId(TimeLimit limit) {
        return limit.name() + "-" + (deadlines + 1);
    }

    private static void schedule(DeadlineManager deadlineManager, String id, Instant dueAt, Instant remindAt) {
        if (remindAt != null) {
            deadlineManager.schedule(remindAt, LimitDue.DEADLINE_NAME, new LimitDue(id, true));
        }
        deadlineManager.schedule(dueAt, LimitDue.DEADLINE_NAME, new LimitDue(id, false));
    }

    /** The kind this aggregate is; a command addressed to the other kind finds no case. */
    protected abstract CaseKind kind();

    /** A petition must be accepted first; a dispute may be assigned at once. */
    protected void checkAssignable() {
    }

    /** A dispute whose mediation was refused holds no more mediation sessions. */
    protected void checkMeeting(MeetingType type) {
    }

    /** Per-kind preconditions of an outcome, e.g. RESOLVED needs an agreement. */
    protected abstract void checkClosure(Outcome outcome);

    /** Per-kind state a meeting changes, e.g. the count of mediation sessions. */
    protected void onMeeting(MeetingType type) {
    }

    protected CaseVersion currentVersion() {
        return new CaseVersion(caseId, caseNumber, version);
    }

    protected void requireKind(LifecycleCommand command) {
        if (command.kind() != kind()) {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
    }

    protected void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new CaseRuleViolation(CaseRule.CASE_CLOSED);
        }
    }

    protected void requireAssigned() {
        if (unit == null) {
            throw new CaseRuleViolation(CaseRule.NOT_ASSIGNED);
        }
    }

    protected void requireNotAgreed() {
        if (agreed) {
            throw new CaseRuleViolation(CaseRule.AGREEMENT_ALREADY_REACHED);
        }
    }

    protected static void require(Object value, CaseRule rule) {
        if (value == null) {
            throw new CaseRuleViolation(rule);
        }
    }

    protected static void requirePastOrPresent(Instant time, Clock clock, CaseRule rule) {
        if (time == null || time.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new CaseRuleViolation(rule);
        }
    }

    protected Case() {
        // required by Axon to rebuild the aggregate from its events
    }
}
