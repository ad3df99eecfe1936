package org.fengqiao.command.cases.lifecycle;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fengqiao.cases.common.AddNote;
import org.fengqiao.cases.common.AssignCase;
import org.fengqiao.cases.common.AttachmentRecorded;
import org.fengqiao.cases.common.CaseAssigned;
import org.fengqiao.cases.common.CaseClosed;
import org.fengqiao.cases.common.CaseEscalated;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.CaseNumber;
import org.fengqiao.cases.common.CaseReassigned;
import org.fengqiao.cases.common.CaseRule;
import org.fengqiao.cases.common.CaseRuleViolation;
import org.fengqiao.cases.common.CaseStatus;
import org.fengqiao.cases.common.CaseVersion;
import org.fengqiao.cases.common.ChangeRiskLevel;
import org.fengqiao.cases.common.CloseCase;
import org.fengqiao.cases.common.EscalateCase;
import org.fengqiao.cases.common.JurisdictionPath;
import org.fengqiao.cases.common.Level;
import org.fengqiao.cases.common.LifecycleCommand;
import org.fengqiao.cases.common.MeetingHeld;
import org.fengqiao.cases.common.MeetingType;
import org.fengqiao.cases.common.NoteAdded;
import org.fengqiao.cases.common.Outcome;
import org.fengqiao.cases.common.RecordAttachment;
import org.fengqiao.cases.common.RecordMeeting;
import org.fengqiao.cases.common.RiskLevel;
import org.fengqiao.cases.common.RiskLevelChanged;
import org.fengqiao.cases.common.UnitCode;
import org.fengqiao.jurisdiction.HandlingUnit;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The lifecycle that petitions and disputes share: assignment, meetings, escalation, risk, notes, attachments and
 * closure. Each rule lives here once; {@code Petition} and {@code Dispute} add their own commands and refine the
 * shared ones through the hooks at the end ({@link #checkAssignable()}, {@link #checkMeeting}, {@link #checkClosure}).
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
    /** Where the case lives, for the callers' jurisdiction check; set by the subtypes' intake handlers. */
    protected JurisdictionPath jurisdiction;

    /**
     * Before any handler of an existing case: the caller's jurisdiction node, handling units and expected version
     * ({@link CallerScope}). A new case has no state yet; its intake handler checks what applies.
     */
    @CommandHandlerInterceptor
    Object checkCaller(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (caseId != null) {
            CallerScope.check(command.getMetaData(), jurisdiction, unit, version);
        }
        return chain.proceed();
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
    CaseVersion handle(ChangeRiskLevel command) {
        requireKind(command);
        requireOpen();
        if (command.level() == null) {
            throw new CaseRuleViolation(CaseRule.RISK_LEVEL_REQUIRED);
        }
        require(command.reason(), CaseRule.REASON_REQUIRED);
        if (command.level() == riskLevel) {
            throw new CaseRuleViolation(CaseRule.RISK_LEVEL_UNCHANGED);
        }
        apply(new RiskLevelChanged(caseId, riskLevel, command.level(), command.reason(), command.occurredAt(),
                command.actor()));
        return currentVersion();
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
        apply(new CaseClosed(caseId, outcome, command.satisfaction(), command.route(), command.note(), level,
                command.occurredAt(), command.actor()));
        return currentVersion();
    }

    @EventSourcingHandler
    void on(CaseAssigned event, @SequenceNumber long sequence) {
        unit = event.unit();
        level = event.level();
        status = CaseStatus.ASSIGNED;
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(CaseReassigned event, @SequenceNumber long sequence) {
        unit = event.unit();
        level = event.level();
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(MeetingHeld event, @SequenceNumber long sequence) {
        if (status == CaseStatus.ASSIGNED) {
            status = CaseStatus.IN_PROGRESS;
        }
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
    void on(NoteAdded event, @SequenceNumber long sequence) {
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(AttachmentRecorded event, @SequenceNumber long sequence) {
        version = sequence + 1;
    }

    @EventSourcingHandler
    void on(CaseClosed event, @SequenceNumber long sequence) {
        status = CaseStatus.CLOSED;
        version = sequence + 1;
    }

    /** State every intake event sets; called by the subtypes' intake handlers. */
    protected void received(CaseId id, CaseNumber number, long sequence) {
        caseId = id;
        caseNumber = number;
        status = CaseStatus.RECEIVED;
        level = Level.GRID;
        riskLevel = RiskLevel.LOW;
        version = sequence + 1;
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
