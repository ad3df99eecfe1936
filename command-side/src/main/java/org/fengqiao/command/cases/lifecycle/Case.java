package org.fengqiao.command.cases.lifecycle;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.AgreementTerm;
import org.fengqiao.cases.aftercare.RecordFollowUp;
import org.fengqiao.cases.aftercare.ReopenForRework;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.confidentiality.LiftConfidentiality;
import org.fengqiao.cases.confidentiality.MarkCaseConfidential;
import org.fengqiao.cases.dispatch.DecideDispatchReturn;
import org.fengqiao.cases.dispatch.DispatchCase;
import org.fengqiao.cases.dispatch.DispatchReturnDecided;
import org.fengqiao.cases.dispatch.DispatchUnitCommand;
import org.fengqiao.cases.dispatch.RequestDispatchReturn;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispatch.ReturnReason;
import org.fengqiao.cases.dispatch.SignForDispatch;
import org.fengqiao.cases.dispute.ApplyForJudicialConfirmation;
import org.fengqiao.cases.dispute.DecideJudicialConfirmation;
import org.fengqiao.cases.dispute.JudicialConfirmationDecided;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.lifecycle.AddNote;
import org.fengqiao.cases.lifecycle.AssignCase;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.lifecycle.EscalateCase;
import org.fengqiao.cases.lifecycle.LifecycleCommand;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.lifecycle.ObjectToAssignment;
import org.fengqiao.cases.lifecycle.RecordAttachment;
import org.fengqiao.cases.lifecycle.RecordMeeting;
import org.fengqiao.cases.lifecycle.ServeNotice;
import org.fengqiao.cases.links.CounterpartCommand;
import org.fengqiao.cases.links.MergeCase;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.risk.AssignRiskLeader;
import org.fengqiao.cases.risk.ChangeRiskLevel;
import org.fengqiao.cases.risk.RecordCheckIn;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.status.CaseStatusMachine;
import org.fengqiao.cases.supervision.OrderSupervision;
import org.fengqiao.cases.supervision.UrgeCase;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.RequestHotlineExtension;
import org.fengqiao.cases.timelimits.StartHotlineLimit;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.numbering.CaseNumbers;
import org.fengqiao.command.personaldata.PersonalValues;
import org.fengqiao.command.timelimits.LimitDue;
import org.fengqiao.command.timelimits.SupervisionDue;
import org.fengqiao.command.timelimits.SupervisionSettings;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.integrity.DossierExported;
import org.fengqiao.integrity.RecordDossierExport;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.personaldata.DestroyCaseRecord;
import org.fengqiao.personaldata.ErasePersonalData;
import org.fengqiao.personaldata.LiftPersonalDataRestriction;
import org.fengqiao.personaldata.RestrictPersonalData;
import org.fengqiao.personaldata.RetentionSchedule;
import org.fengqiao.personaldata.SealedValue;

/**
 * Longer than the house's ~350 lines because it is the one place the concerns meet: the shared intake step, the one
 * interceptor, the one event-sourcing handler, and the handlers of the commands whose rules read the case's own state
 * (unit, level, status, kind) or more than one concern. A concern whose commands need only its own state holds their
 * handlers itself, as an {@code @AggregateMember} ({@link TimeLimits}: extension, hearings, the hotline's limit;
 * {@link Audience}; {@link SubjectRights}: restriction; {@link Links}: link, counterparts, absorption;
 * {@link Agreement}: performance; {@link Aftercare}: follow-ups; {@link Dispatch}: contributions;
 * {@link Supervision}: feedback): it answers a {@link Decision}, which {@link #check} applies and answers with the
 * case's version.
 *
 * <p>The lifecycle that petitions and disputes share (intake, assignment, meetings, escalation, notes, attachments,
 * closure), and the root of the concerns that decide the rest, each a plain state object that returns the events to
 * apply: {@link TimeLimits} (limits, hearings, the objection), {@link RiskRegime}, {@link Audience} (confidentiality),
 * {@link SubjectRights} (personal-data rights) and {@link Supervision} (urging and supervision orders).
 * {@code Petition} and {@code Dispute} add their own commands and refine the shared ones through the hooks at the end.
 *
 * <p>The checks every command of an existing case needs run once, before its handler ({@link #check}); the state
 * follows every event in one place ({@link #on(CaseEvent, long)}), which also sets the {@link CaseVersion}: the number
 * of events in the history. Deadlines are scheduled with Axon's {@link DeadlineManager} as their events are applied
 * and never cancelled: a firing for a deadline that no longer runs does nothing ({@link TimeLimits#due}).
 *
 * <p>Snapshots hold this state's shape, revision {@value #SNAPSHOT_REVISION}; a snapshot of another shape is skipped
 * ({@code CaseAggregateConfiguration#caseSnapshotFilter}) and the case is loaded from its events.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger", snapshotFilter = "caseSnapshotFilter",
        cache = "caseCache")
@Revision(Case.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class Case {

    /**
     * The shape of the state in a snapshot; 2 since the state was split into its concerns, 3 since it keeps the
     * latest business time, 4 since the dispatch counts its rounds and keeps its time to sign by and a petition keeps
     * the unit and level of its last reply and the level its review goes to, and it keeps the agreement's terms
     * ({@link Agreement}), the supervision (urgings, graces, orders), and the rights keep the closure's time and
     * outcome (for the retention period); 5 since the risk keeps whether the case is a group petition, the case
     * keeps the notices served ({@link Notices}), the time limits which of them await a notice, a petition whether it
     * came by the 12345 hotline and its type, and the window of judicial confirmation ({@link JudicialConfirmation}); and the case
     * keeps the cases linked to it and the primary a duplicate was merged into ({@link Links}), and what follows
     * closure ({@link Aftercare}).
     */
    public static final String SNAPSHOT_REVISION = "5";

    /** Where a 12345 order returned as not our area goes: back to the hotline, which dispatches it again. */
    static final String HOTLINE_REFERRAL = "12345 hotline: not our area (属地不符), back to the hotline to dispatch";

    @AggregateIdentifier
    protected CaseId caseId;
    protected CaseNumber caseNumber;
    protected CaseStatus status;
    protected Level level;
    protected UnitCode unit;
    protected boolean agreed;
    protected long version;
    /** Where the case lives, for the callers' jurisdiction check. */
    protected JurisdictionPath jurisdiction;
    @AggregateMember
    protected TimeLimits limits = new TimeLimits();
    protected RiskRegime risk = new RiskRegime();
    @AggregateMember
    protected Audience audience = new Audience();
    @AggregateMember
    protected SubjectRights rights = new SubjectRights();
    @AggregateMember
    protected Dispatch dispatch = new Dispatch();
    @AggregateMember
    protected Supervision supervision = new Supervision();
    protected BusinessTimeline timeline = new BusinessTimeline();
    @AggregateMember
    protected Agreement agreement = new Agreement();
    protected Notices notices = new Notices();
    @AggregateMember
    protected Links links = new Links();
    @AggregateMember
    protected Aftercare aftercare = new Aftercare();
    protected JudicialConfirmation judicial = new JudicialConfirmation();

    /**
     * Before any handler, the command's business time ({@link BusinessTimePolicy}: not in the future, not too far
     * back, not before the case's previous one). Before any handler of an existing case, in this order: the caller
     * ({@link CallerScope}: jurisdiction, a confidential case's audience, units, expected version), what a restricted or erased case still accepts, the
     * kind a lifecycle command is addressed to, and that the case is open unless the command acts on closed cases
     * too. A new case has no state yet; its intake checks what applies. An intake repeated under a known reference
     * answers the case it registered, confidential or not: the caller already knows that case.
     */
    @CommandHandlerInterceptor
    Object check(CommandMessage<?> command, InterceptorChain chain, Clock clock, BusinessTimePolicy businessTime,
            JudgeWorkstation judge, DeadlineManager deadlineManager) throws Exception {
        Object payload = command.getPayload();
        if (payload instanceof CaseCommand caseCommand) {
            boolean repeatedIntake = caseId != null
                    && (payload instanceof ReceivePetition || payload instanceof ReceiveDispute);
            // a counterpart is dated as its first side on the other case, which may lie before this case's latest
            boolean ownTimeline = !repeatedIntake && !(payload instanceof CounterpartCommand);
            businessTime.check(caseCommand, ownTimeline ? timeline.latest() : null, command.getMetaData(), clock);
        }
        if (caseId != null) {
            boolean intake = payload instanceof ReceivePetition || payload instanceof ReceiveDispute;
            // a counterpart's caller acted on the other case: this one checks what it sees, not the units it acts for
            boolean counterpart = payload instanceof CounterpartCommand;
            UnitCode acting = counterpart ? null : payload instanceof DispatchUnitCommand named ? named.unit() : unit;
            if (judicialConfirmation(payload) && CallerScope.actsFor(command.getMetaData(), judge.unit())) {
                acting = judge.unit();
            }
            CallerScope.check(command.getMetaData(), jurisdiction, intake ? null : audience.roles(),
                    audience.accounts(), acting,
                    counterpart || payload instanceof AddNote || payload instanceof RecordAttachment, version);
            rights.admit(payload);
            if (payload instanceof LifecycleCommand lifecycle && lifecycle.kind() != kind()) {
                throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
            }
            if (status == CaseStatus.CLOSED && !actsOnClosedCases(payload)) {
                throw new CaseRuleViolation(CaseRule.CASE_CLOSED);
            }
            links.admit(payload);
        }
        Object answer = chain.proceed();
        // a concern that handles its own commands decides; the case applies and answers its version
        return answer instanceof Decision decision
                ? applyAll(decision.events(), decision.schedules() ? deadlineManager : null)
                : answer;
    }

    /**
     * The intake both kinds share, after each has checked its own fields: the time of receipt, the risk, who may see
     * the case; then the intake event with the next case number, the confidentiality, the kind's own flags, the risk
     * and the first time limit.
     *
     * @param received the kind's intake event, given its case number
     * @param flags    events the kind records right after the confidentiality (e.g. a repeat petition), decided
     *                 before anything is applied
     * @param highRisk what a HIGH or CRITICAL intake sets off: dispatch to the task force, a leader within 24 hours
     */
    protected CaseVersion receive(Intake intake, Function<CaseNumber, CaseEvent> received,
            Supplier<List<CaseEvent>> flags, CaseNumbers numbers, Clock clock, DeadlineManager deadlineManager,
            TimeLimitPolicy policy, HighRiskPolicy highRisk, JurisdictionTree jurisdictions) {
        Require.pastOrPresent(intake.receivedAt(), clock, CaseRule.RECEIVED_IN_FUTURE);
        RiskRegime.AtIntake atIntake = RiskRegime.atIntake(intake);
        RiskLevel riskLevel = atIntake.level();
        Confidentiality confidentiality = intake.confidentiality();
        if (confidentiality != null) {
            Audience.check(confidentiality);
        }
        List<CaseEvent> flagged = flags.get();
        int year = intake.receivedAt().atZone(clock.getZone()).getYear();
        apply(received.apply(numbers.next(intake.jurisdiction().subDistrict(), year)));
        if (confidentiality != null) {
            applyAll(Audience.atIntake(caseId, confidentiality, intake.mayMarkConfidential(), intake.receivedAt(),
                    intake.actor()), null);
        }
        applyAll(flagged, null);
        if (riskLevel != RiskLevel.LOW) {
            applyAll(risk.changeTo(caseId, riskLevel, atIntake.reason(), intake.policeInformed(),
                    intake.receivedAt(), intake.actor(),
                    level, kind(), limits, policy), deadlineManager);
        }
        applyAll(limits.start(caseId, intake.firstLimit(), intake.receivedAt(),
                policy.days(intake.firstLimit(), kind(), riskLevel.isHigh()), intake.actor(), policy),
                deadlineManager);
        if (riskLevel.isHigh()) {
            List<CaseEvent> toTaskForce = dispatch.toTaskForce(caseId, highRisk, jurisdictions, intake.receivedAt(),
                    intake.actor(), policy);
            applyAll(toTaskForce, null);
            if (!toTaskForce.isEmpty()) {
                dispatch.scheduleSignBy(deadlineManager);
            }
            applyAll(limits.startRiskLeader(caseId, intake.receivedAt(), highRisk.leaderWithin(), intake.actor()),
                    deadlineManager);
        }
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(AssignCase command, JurisdictionTree jurisdictions) {
        checkAssignable();
        return applyAll(List.of(LifecycleRules.assign(caseId, command, unit, jurisdictions)), null);
    }

    @CommandHandler
    CaseVersion handle(RecordMeeting command, Clock clock, JurisdictionTree jurisdictions) {
        requireAssigned();
        Require.present(command.type(), CaseRule.MEETING_TYPE_REQUIRED);
        checkMeeting(command.type());
        return applyAll(List.of(LifecycleRules.meeting(caseId, command, clock, jurisdiction, jurisdictions)), null);
    }

    @CommandHandler
    CaseVersion handle(EscalateCase command) {
        return applyAll(List.of(LifecycleRules.escalate(caseId, command, level)), null);
    }

    @CommandHandler
    CaseVersion handle(ChangeRiskLevel command, MetaData metaData, DeadlineManager deadlineManager,
            TimeLimitPolicy policy) {
        return applyAll(risk.change(caseId, command, CallerScope.supervises(metaData), level, kind(), limits, policy),
                deadlineManager);
    }

    @CommandHandler
    CaseVersion handle(AssignRiskLeader command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        return applyAll(risk.assignLeader(caseId, command, limits, policy), deadlineManager);
    }

    @CommandHandler
    CaseVersion handle(RecordCheckIn command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        return applyAll(risk.checkIn(caseId, command, limits, policy), deadlineManager);
    }

    @CommandHandler
    CaseVersion handle(ObjectToAssignment command, Clock clock, TimeLimitPolicy policy) {
        return applyAll(limits.object(caseId, command, unit, clock.instant(), policy), null);
    }

    /**
     * A deadline of this case fired ({@link TimeLimits#due}); a missed limit other than a check-in urges the
     * responsible unit ({@link Supervision#missed}) and leaves the case's level where it is. On a closed case only a
     * limit awaiting its notice fires, and nobody is urged.
     */
    @DeadlineHandler(deadlineName = LimitDue.DEADLINE_NAME)
    void on(LimitDue due, TimeLimitPolicy policy, SupervisionSettings supervisionSettings,
            DeadlineManager deadlineManager) {
        boolean closed = status == CaseStatus.CLOSED;
        if (closed && !limits.awaitsNotice(due.deadlineId()) && !limits.ofPartiesWindow(due)) {
            return;
        }
        for (CaseEvent event : limits.due(caseId, due)) {
            apply(event);
            if (!closed && event instanceof DeadlineMissed missed) {
                applyAll(supervision.missed(caseId, missed, unit, policy, supervisionSettings), deadlineManager);
            }
        }
    }

    /** Dispatch (分流交办) to a lead unit and co-units; a petition is accepted first, as for an assignment. */
    @CommandHandler
    CaseVersion handle(DispatchCase command, JurisdictionTree jurisdictions, TimeLimitPolicy policy,
            DeadlineManager deadlineManager) {
        checkAssignable();
        applyAll(dispatch.dispatch(caseId, command, jurisdictions, policy), null);
        dispatch.scheduleSignBy(deadlineManager);
        return currentVersion();
    }

    /** The time to sign by passed: the units that have not answered are marked unsigned-overdue, not escalated. */
    @DeadlineHandler(deadlineName = SignForDue.DEADLINE_NAME)
    void on(SignForDue due) {
        if (status != CaseStatus.CLOSED) {
            applyAll(dispatch.signByPassed(caseId, due), null);
        }
    }

    /** A unit signs for the case; the lead unit's signature assigns the case to it. */
    @CommandHandler
    CaseVersion handle(SignForDispatch command, JurisdictionTree jurisdictions) {
        applyAll(dispatch.sign(caseId, command), null);
        return toLead(command.unit(), command.occurredAt(), command.actor(), jurisdictions);
    }

    @CommandHandler
    CaseVersion handle(RequestDispatchReturn command, DeadlineManager deadlineManager, TimeLimitPolicy policy,
            FollowUpSettings followUps) {
        boolean byLead = dispatch.isLead(command.unit());
        applyAll(dispatch.requestReturn(caseId, command), null);
        return referToHotline(command, byLead, deadlineManager, policy, followUps);
    }

    /** A refused return binds the unit as if it had signed: the lead unit then has the case assigned to it. */
    @CommandHandler
    CaseVersion handle(DecideDispatchReturn command, JurisdictionTree jurisdictions) {
        applyAll(dispatch.decideReturn(caseId, command), null);
        return command.decision() == ReturnDecision.REFUSE ? toLead(command.unit(), command.occurredAt(), command.actor(), jurisdictions)
                : currentVersion();
    }

    /**
     * Assigns the case to the unit a dispatch binds as its lead, unless it has the case already or the case may not be
     * assigned yet (a petition before its acceptance, which then assigns it: {@link #assignSignedLead}).
     */
    private CaseVersion toLead(UnitCode bound, Instant at, Actor actor, JurisdictionTree jurisdictions) {
        if (!dispatch.isLead(bound) || bound.equals(unit) || !mayBeAssigned()) {
            return currentVersion();
        }
        return applyAll(List.of(LifecycleRules.assign(caseId, new AssignCase(caseId, kind(), bound, null, null,
                at, actor), unit, jurisdictions)), null);
    }

    // Supervision (催办, 督办): urging and supervision orders instead of escalation on a missed limit

    @CommandHandler
    CaseVersion handle(UrgeCase command) {
        return applyAll(supervision.urge(caseId, command, unit), null);
    }

    @CommandHandler
    CaseVersion handle(OrderSupervision command, TimeLimitPolicy policy, SupervisionSettings settings,
            DeadlineManager deadlineManager) {
        return applyAll(supervision.order(caseId, command, unit, level, policy, settings), deadlineManager);
    }

    /** The grace after an urging ended, or an order's feedback fell due ({@link Supervision}). */
    @DeadlineHandler(deadlineName = SupervisionDue.DEADLINE_NAME)
    void on(SupervisionDue due, TimeLimitPolicy policy, SupervisionSettings settings,
            DeadlineManager deadlineManager) {
        if (status == CaseStatus.CLOSED) {
            return;
        }
        applyAll(due.feedback() ? supervision.feedbackDue(caseId, due)
                : supervision.graceOver(caseId, due, unit, level, this::fulfilled, policy, settings),
                deadlineManager);
    }

    @CommandHandler
    CaseVersion handle(AddNote command) {
        return applyAll(List.of(LifecycleRules.note(caseId, command, version)), null);
    }

    @CommandHandler
    CaseVersion handle(RecordAttachment command) {
        return applyAll(List.of(LifecycleRules.attachment(caseId, command, version)), null);
    }

    /** Closure ends every running limit (met or missed), then records the outcome at the level the case sits. */
    @CommandHandler
    CaseVersion handle(CloseCase command, DeadlineManager deadlineManager, TimeLimitPolicy policy,
            FollowUpSettings followUps) {
        return close(command, deadlineManager, policy, followUps);
    }

    private CaseVersion close(CloseCase given, DeadlineManager deadlineManager, TimeLimitPolicy policy,
            FollowUpSettings followUps) {
        // a referral that names no route goes the case's own way (a report or complaint: discipline inspection)
        CloseCase command = given.outcome() == Outcome.REFERRED && given.route() == null && defaultRoute() != null
                ? given.withRoute(defaultRoute()) : given;
        Outcome outcome = LifecycleRules.outcome(command);
        checkClosure(outcome);
        LifecycleRules.route(command);
        risk.checkClosure();
        dispatch.checkClosure();
        agreement.checkClosure(outcome);
        applyAll(limits.endAll(caseId, command.occurredAt(), command.actor()), null);
        CaseClosed closed = new CaseClosed(caseId, outcome, command.satisfaction(), command.route(), command.note(),
                level, command.occurredAt(), command.actor());
        apply(closed);
        aftercare.schedule(closed, risk.high(), deadlineManager, policy, followUps);
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
     * Erasure destroys the subject's key once the event is committed, so an erasure that fails to commit erases
     * nothing. A repeated erasure appends nothing and destroys the key again, which completes an erasure whose key
     * could not be destroyed the first time.
     */
    @CommandHandler
    CaseVersion handle(ErasePersonalData command, PersonalValues values, RetentionSchedule retention, Clock clock) {
        return destroyKey(rights.erase(caseId, command, status == CaseStatus.CLOSED, erasableFrom(retention),
                clock.instant()), command.subject(), values);
    }

    /** The case record's key, destroyed like a person's once the retention period has ended (issue 18). */
    @CommandHandler
    CaseVersion handle(DestroyCaseRecord command, PersonalValues values, RetentionSchedule retention, Clock clock) {
        return destroyKey(rights.destroyRecord(caseId, command, status == CaseStatus.CLOSED, erasableFrom(retention),
                clock.instant()), SealedValue.CASE_RECORD, values);
    }

    private Instant erasableFrom(RetentionSchedule retention) {
        return rights.closedAt() == null ? null : retention.erasableFrom(kind(), rights.outcome(), rights.closedAt());
    }

    private CaseVersion destroyKey(List<CaseEvent> events, int subject, PersonalValues values) {
        applyAll(events, null);
        String key = SealedValue.subject(caseId, subject);
        if (!events.isEmpty() && CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> values.destroyKey(key));
        } else {
            values.destroyKey(key);
        }
        return currentVersion();
    }

    /**
     * Rework reopens the case at the level it closed at, with a new handling limit of the policy's length; sent back by
     * the 12345 hotline with its new due date, with a HOTLINE limit in working days up to it.
     */
    @CommandHandler
    CaseVersion handle(ReopenForRework command, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        List<CaseEvent> reopened = aftercare.rework(caseId, command, level);
        if (command.dueDate() == null) {
            applyAll(reopened, null);
            return startLimit(TimeLimit.HANDLING, command.occurredAt(), command.actor(), policy, deadlineManager);
        }
        List<CaseEvent> limit = limits.startHotline(caseId, new StartHotlineLimit(caseId, kind(), command.dueDate(),
                command.occurredAt(), command.actor()), policy);
        applyAll(reopened, null);
        return applyAll(limit, deadlineManager);
    }

    /** A closure's follow-up day came ({@link Aftercare#due}). */
    @DeadlineHandler(deadlineName = FollowUpDue.DEADLINE_NAME)
    void on(FollowUpDue due) {
        applyAll(aftercare.due(caseId, due), null);
    }

    /** A term's reminder or urge fired ({@link Agreement#due}). */
    @DeadlineHandler(deadlineName = TermDue.DEADLINE_NAME)
    void on(TermDue due, TimeLimitPolicy policy) {
        applyAll(agreement.due(caseId, due, policy), null);
    }

    // 12345 hotline work orders (issue 21)

    /**
     * The unit asks the hotline to extend its order; the HOTLINE limit runs on until the hotline decides (here, not
     * in {@link TimeLimits}: the callback names the case's unit).
     */
    @CommandHandler
    CaseVersion handle(RequestHotlineExtension command, TimeLimitPolicy policy) {
        return applyAll(limits.requestHotlineExtension(caseId, command, unit, policy), null);
    }

    /**
     * A 12345 order (its HOTLINE limit runs) that its lead unit returns as not its area (属地不符) goes back to the
     * hotline, which dispatches it to the right locality: the return approved for the hotline and the case closed as
     * REFERRED. Not while closure must wait (a high-risk case without its leader): a supervisor decides then.
     */
    private CaseVersion referToHotline(RequestDispatchReturn command, boolean byLead, DeadlineManager deadlineManager,
            TimeLimitPolicy policy, FollowUpSettings followUps) {
        if (!byLead || command.reasonCode() != ReturnReason.NOT_OUR_AREA || !limits.runs(TimeLimit.HOTLINE)) {
            return currentVersion();
        }
        try {
            risk.checkClosure();
        } catch (CaseRuleViolation waits) {
            return currentVersion();
        }
        applyAll(dispatch.decideReturn(caseId, new DecideDispatchReturn(caseId, kind(), command.unit(),
                ReturnDecision.APPROVE, HOTLINE_REFERRAL, command.occurredAt(), Actor.SYSTEM)), null);
        return close(new CloseCase(caseId, kind(), Outcome.REFERRED, null, HOTLINE_REFERRAL, null,
                command.occurredAt(), Actor.SYSTEM), deadlineManager, policy, followUps);
    }

    // notices served (告知 / 送达): issue 16, part 5

    /** A document served on the petitioner; the limit that waited for it ends with it. */
    @CommandHandler
    CaseVersion handle(ServeNotice command, Clock clock) {
        return applyAll(notices.serve(caseId, command, limits, clock), null);
    }

    // linked and merged cases (关联 / 并案): the two sides and their order are explained in Links

    /**
     * The duplicate closes as merged, ending its running limits like any closure; the closure's other conditions
     * (a leader, contributions, performed terms) do not hold it back: the matter goes on in the primary.
     */
    @CommandHandler
    CaseVersion handle(MergeCase command, CaseHistories histories, MetaData metaData) {
        List<CaseEvent> merged = links.merge(caseId, kind(), status == CaseStatus.CLOSED, command, histories,
                metaData);
        if (merged.isEmpty()) {
            return currentVersion();
        }
        applyAll(merged, null);
        applyAll(limits.endAll(caseId, command.occurredAt(), command.actor()), null);
        apply(new CaseClosed(caseId, Outcome.MERGED, null, null, null, level, command.occurredAt(),
                command.actor()));
        return currentVersion();
    }

    // judicial confirmation of a dispute's mediation agreement (JudicialConfirmation, 人民调解法 Art. 33)

    /** The parties' joint application, within 30 days of the agreement taking effect; a dispute's only. */
    @CommandHandler
    CaseVersion handle(ApplyForJudicialConfirmation command, Clock clock) {
        requireKind(CaseKind.DISPUTE);
        return applyAll(judicial.apply(caseId, command, limits, clock), null);
    }

    @CommandHandler
    CaseVersion handle(DecideJudicialConfirmation command, Clock clock) {
        requireKind(CaseKind.DISPUTE);
        return applyAll(judicial.decide(caseId, command, clock), null);
    }

    /** Opens the parties' window for judicial confirmation of an agreement that took effect at {@code at}. */
    protected void openConfirmationWindow(Instant at, Actor actor, TimeLimitPolicy policy,
            DeadlineManager deadlineManager) {
        applyAll(JudicialConfirmation.open(caseId, at, actor, limits, policy), deadlineManager);
    }

    /** Judicial confirmation is recorded by the case's officers and the judge workstation's, also after closure. */
    private static boolean judicialConfirmation(Object command) {
        return command instanceof ApplyForJudicialConfirmation || command instanceof DecideJudicialConfirmation;
    }

    private void requireKind(CaseKind expected) {
        if (kind() != expected) {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
    }

    /** The one place the state follows the events: version, status, the shared lifecycle, each concern, the kind. */
    @EventSourcingHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        version = sequence + 1;
        status = CaseStatusMachine.after(status, event);
        if (event instanceof CaseAssigned e) {
            unit = e.unit();
            level = e.level();
        } else if (event instanceof CaseReassigned e) {
            unit = e.unit();
            level = e.level();
        } else if (event instanceof CaseEscalated e) {
            level = e.toLevel();
        } else if (event instanceof DispatchReturnDecided e && e.decision() == ReturnDecision.APPROVE
                && e.unit().equals(unit)) {
            // an approved return (or objection) of the unit the case is assigned to hands the case back
            unit = null;
        }
        limits.evolve(event);
        risk.evolve(event);
        audience.evolve(event);
        rights.evolve(event);
        dispatch.evolve(event);
        supervision.evolve(event);
        timeline.evolve(event);
        agreement.evolve(event);
        notices.evolve(event);
        links.evolve(event);
        aftercare.evolve(event);
        judicial.evolve(event);
        evolve(event);
        if (event instanceof JudicialConfirmationDecided e && e.decision() == JudicialDecision.REJECTED) {
            agreed = false; // the agreement no longer stands: the parties may change it or reach a new one
        }
    }

    /** State every intake event sets; called by the subtypes' {@link #evolve}. */
    protected void received(CaseId id, CaseNumber number, JurisdictionPath path, int persons) {
        caseId = id;
        caseNumber = number;
        jurisdiction = path;
        level = Level.GRID;
        rights.named(persons);
    }

    /** Ends a running limit of the case: met by its due time, missed after it. */
    protected void endLimit(TimeLimit limit, Instant at, Actor actor) {
        applyAll(limits.end(caseId, limit, at, actor), null);
    }

    /** Starts a limit of the policy's length for this kind and risk, counted from {@code start}, and schedules it. */
    protected CaseVersion startLimit(TimeLimit limit, Instant start, Actor actor, TimeLimitPolicy policy,
            DeadlineManager deadlineManager) {
        return applyAll(limits.start(caseId, limit, start, policy.days(limit, kind(), risk.high()), actor, policy),
                deadlineManager);
    }

    /** Applies the events in order, scheduling each deadline they set (a command that sets none passes no manager). */
    protected CaseVersion applyAll(List<CaseEvent> events, DeadlineManager deadlineManager) {
        for (CaseEvent event : events) {
            apply(event);
            TimeLimits.schedule(event, deadlineManager);
            Supervision.schedule(event, deadlineManager);
        }
        return currentVersion();
    }

    /**
     * The checks both kinds' agreements share ({@link Agreement#checkTerms}, {@link Agreement#checkSeals}), for an
     * agreement made at {@code at}; answers the day it is performed by: as given, or the last term's due day.
     */
    protected LocalDate checkAgreement(List<AgreementTerm> obligations, LocalDate performBy, List<String> sealedBy,
            Collection<String> signatories, Instant at, Predicate<String> obligorAdmitted, CaseRule notAdmitted,
            JurisdictionTree tree, TimeLimitPolicy policy) {
        LocalDate by = Agreement.performBy(performBy, obligations);
        Require.present(by, CaseRule.PERFORM_BY_REQUIRED);
        Agreement.checkSeals(sealedBy, signatories);
        Agreement.checkTerms(obligations, policy.day(at), obligorAdmitted, notAdmitted, tree);
        return by;
    }

    /** The day an agreement is performed by: as given, or else its last term's due day. */
    protected static LocalDate performBy(LocalDate given, List<AgreementTerm> obligations) {
        return Agreement.performBy(given, obligations);
    }

    /** Records a kind's agreement and schedules its terms' reminders and urges. */
    protected void agree(CaseEvent agreed, List<AgreementTerm> obligations, DeadlineManager deadlineManager,
            TimeLimitPolicy policy) {
        apply(agreed);
        Agreement.schedule(obligations, agreed.occurredAt(), deadlineManager, policy);
    }

    /** The kind this aggregate is; a command addressed to the other kind finds no case. */
    protected abstract CaseKind kind();

    /** The state the kind's own events set (its intake event included). */
    protected abstract void evolve(CaseEvent event);

    /**
     * Commands that act on a closed case too: a repeated intake, the personal-data rights, a dossier export,
     * confidentiality, a notice (a decision not to accept closes the petition before it is served), a merger (which
     * answers a merged case's own rule) and the other side of a link or merger (a closed case may be linked to, and a
     * primary that closed after the duplicate's check still records it); a kind may add its own.
     */
    protected boolean actsOnClosedCases(Object command) {
        return command instanceof ReceivePetition || command instanceof ReceiveDispute
                || command instanceof RestrictPersonalData || command instanceof LiftPersonalDataRestriction
                || command instanceof ErasePersonalData || command instanceof DestroyCaseRecord
                || command instanceof RecordDossierExport || command instanceof MarkCaseConfidential || command instanceof LiftConfidentiality
                || command instanceof ServeNotice || command instanceof MergeCase
                || command instanceof CounterpartCommand || command instanceof RecordFollowUp
                || command instanceof ReopenForRework
                || judicialConfirmation(command);
    }

    /**
     * Whether the work a missed limit waited for is done since, so that its urging needs no supervision order; here
     * a dispute's handling is done by its agreement, a 12345 order's limit only by the closure. A petition answers for
     * its own limits.
     */
    protected boolean fulfilled(TimeLimit limit) {
        return switch (limit) {
            case HANDLING -> agreed;
            case HOTLINE -> false;
            case ACCEPTANCE, REVIEW, RE_REVIEW, CHECK_IN, RISK_LEADER, JUDICIAL_CONFIRMATION -> true;
        };
    }

    /** Whether this document of the case was served on the petitioner ({@link Notices}). */
    protected boolean noticeServed(NoticeType type) {
        return notices.served(type);
    }

    /** A petition must be accepted first; a dispute may be assigned at once. */
    protected void checkAssignable() {
    }

    /** Whether the case may be assigned now ({@link #checkAssignable} passes). */
    protected boolean mayBeAssigned() {
        return true;
    }

    /** Assigns the case to a dispatch's lead unit that signed while the case could not be assigned yet. */
    protected CaseVersion assignSignedLead(Instant at, Actor actor, JurisdictionTree jurisdictions) {
        UnitCode lead = dispatch.signedLead();
        return lead == null ? currentVersion() : toLead(lead, at, actor, jurisdictions);
    }

    /** A dispute whose mediation was refused holds no more mediation sessions. */
    protected void checkMeeting(MeetingType type) {
    }

    /** The route a closure records when it names none, e.g. a report's discipline inspection body; none by default. */
    protected String defaultRoute() {
        return null;
    }

    /** Per-kind preconditions of an outcome, e.g. RESOLVED needs an agreement. */
    protected abstract void checkClosure(Outcome outcome);

    protected CaseVersion currentVersion() {
        return new CaseVersion(caseId, caseNumber, version);
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

    protected Case() {
        // required by Axon to rebuild the aggregate from its events
    }
}
