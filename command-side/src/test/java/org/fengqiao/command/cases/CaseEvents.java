package org.fengqiao.command.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fengqiao.cases.lifecycle.AddNote;
import org.fengqiao.cases.lifecycle.AssignCase;
import org.fengqiao.cases.lifecycle.AttachmentRecorded;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.lifecycle.EscalateCase;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.lifecycle.RecordAttachment;
import org.fengqiao.cases.lifecycle.RecordMeeting;
import org.fengqiao.cases.risk.ChangeRiskLevel;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.supervision.UrgingIssued;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.timelimits.LimitEnd;
import org.fengqiao.command.timelimits.SupervisionSettings;

/**
 * Builders for the lifecycle messages petitions and disputes share, addressed to one case; {@code PetitionEvents} and
 * {@code DisputeEvents} add their intake and their own messages. Every business time is fixed relative to
 * {@link CaseFixtures#NOW}, so expected events compare exactly.
 */
public abstract class CaseEvents {

    public static final Instant NOW = CaseFixtures.NOW;
    public static final Instant RECEIVED_AT = NOW.minus(Duration.ofHours(2));
    /** A meeting recorded as it ends: not before the assignment, which the helpers date {@link #NOW} too. */
    public static final Instant HELD_AT = NOW;
    public static final Actor INTAKE = new Actor("intake.li");
    public static final Actor OFFICER = new Actor("officer.zhao");
    /** The mediation task force, a SUB_DISTRICT unit. */
    public static final UnitCode TASK_FORCE = new UnitCode("SH-TASKFORCE");
    /** Guoyuan's people's mediation committee, a COMMUNITY unit. */
    public static final UnitCode GUOYUAN_MEDIATION = new UnitCode("SH-GY-MEDIATION");
    public static final String OFFICER_NAME = "赵敏";
    public static final List<String> PARTICIPANTS = List.of("张三", "李四", "王芳");
    public static final String MINUTES = "Both sides stated their positions; site visit agreed.";
    /** SHA-256 of "test". */
    public static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final CaseId caseId;
    private final CaseNumber caseNumber;
    private final CaseKind kind;

    protected CaseEvents(CaseId caseId, CaseNumber caseNumber, CaseKind kind) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.kind = kind;
    }

    public CaseId caseId() {
        return caseId;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public CaseKind kind() {
        return kind;
    }

    /** The answer of a successful command when the history then holds {@code events} events. */
    public CaseVersion version(long events) {
        return new CaseVersion(caseId, caseNumber, events);
    }

    /** The intake event, with this helper's case number and the jurisdiction path of its grid. */
    public abstract Object received();

    /** The history of a case that is open and may be assigned: received (and, for a petition, accepted). */
    public abstract List<Object> open();

    /** {@link #open()} and assigned to the task force. */
    public List<Object> assigned() {
        return history(open(), assignedTo(TASK_FORCE, Level.SUB_DISTRICT));
    }

    /** {@link #open()} and withdrawn. */
    public List<Object> closed() {
        return history(open(), closed(Outcome.WITHDRAWN, null, Level.GRID));
    }

    /** {@code base} followed by {@code more}. */
    public static List<Object> history(List<Object> base, Object... more) {
        List<Object> all = new ArrayList<>(base);
        all.addAll(Arrays.asList(more));
        return all;
    }

    // commands

    public AssignCase assign(UnitCode unit) {
        return assign(kind, unit);
    }

    /** Assignment addressed as {@code addressedAs}, which may be the wrong kind. */
    public AssignCase assign(CaseKind addressedAs, UnitCode unit) {
        return new AssignCase(caseId, addressedAs, unit, OFFICER_NAME, "please handle", NOW, OFFICER);
    }

    public RecordMeeting meeting(MeetingType type) {
        return meeting(type, HELD_AT, PARTICIPANTS, MINUTES);
    }

    public RecordMeeting meeting(MeetingType type, Instant heldAt, List<String> participants, String minutes) {
        return new RecordMeeting(caseId, kind, type, heldAt, participants, minutes, OFFICER);
    }

    public EscalateCase escalate(Level toLevel) {
        return escalate(toLevel, "beyond the unit's means");
    }

    public EscalateCase escalate(Level toLevel, String reason) {
        return new EscalateCase(caseId, kind, toLevel, reason, NOW, OFFICER);
    }

    public ChangeRiskLevel changeRisk(RiskLevel level, String reason) {
        return changeRisk(level, reason, level != null && level.isHigh() ? Boolean.TRUE : null);
    }

    public ChangeRiskLevel changeRisk(RiskLevel level, String reason, Boolean policeInformed) {
        return new ChangeRiskLevel(caseId, kind, level, reason, NOW, OFFICER, policeInformed);
    }

    public AddNote note(String text) {
        return new AddNote(caseId, kind, text, NOW, OFFICER);
    }

    public RecordAttachment attach(String name, String mediaType, long size, String sha256) {
        return new RecordAttachment(caseId, kind, name, mediaType, size, sha256, NOW, OFFICER);
    }

    public CloseCase close(Outcome outcome) {
        return close(outcome, null);
    }

    public CloseCase close(Outcome outcome, String route) {
        return new CloseCase(caseId, kind, outcome, null, route, null, NOW, OFFICER);
    }

    // events

    public CaseAssigned assignedTo(UnitCode unit, Level level) {
        return new CaseAssigned(caseId, unit, level, OFFICER_NAME, "please handle", NOW, OFFICER);
    }

    public CaseReassigned reassigned(UnitCode from, UnitCode to, Level level) {
        return new CaseReassigned(caseId, from, to, level, OFFICER_NAME, "please handle", NOW, OFFICER);
    }

    public MeetingHeld meetingHeld(MeetingType type) {
        return meetingHeld(type, HELD_AT);
    }

    public MeetingHeld meetingHeld(MeetingType type, Instant heldAt) {
        return new MeetingHeld(caseId, type, PARTICIPANTS, MINUTES, heldAt, OFFICER);
    }

    public CaseEscalated escalated(Level fromLevel, Level toLevel) {
        return new CaseEscalated(caseId, fromLevel, toLevel, "beyond the unit's means", NOW, OFFICER);
    }

    public RiskLevelChanged riskChanged(RiskLevel from, RiskLevel to, String reason) {
        return new RiskLevelChanged(caseId, from, to, reason, NOW, OFFICER,
                to.isHigh() && !from.isHigh() ? Boolean.TRUE : null);
    }

    // time limits

    /**
     * The {@code n}-th deadline the case sets: {@code limit} of {@code days} calendar days from {@code start}, counted
     * by the default policy, with its reminder.
     */
    public DeadlineSet deadlineSet(TimeLimit limit, int n, Instant start, int days, Actor actor) {
        LimitEnd end = CaseFixtures.POLICY.afterDays(start, days);
        return new DeadlineSet(caseId, limit.name() + "-" + n, limit, end.dueAt(),
                CaseFixtures.POLICY.remindAt(start, end.dueAt()), null, start, actor, end.calendarDegraded());
    }

    public DeadlineMet deadlineMet(DeadlineSet set, Instant at, Actor actor) {
        return new DeadlineMet(caseId, set.deadlineId(), set.limit(), set.dueAt(), at, actor);
    }

    public DeadlineReminded deadlineReminded(DeadlineSet set) {
        return new DeadlineReminded(caseId, set.deadlineId(), set.limit(), set.dueAt(), set.remindAt(), Actor.SYSTEM);
    }

    public DeadlineMissed deadlineMissed(DeadlineSet set) {
        return new DeadlineMissed(caseId, set.deadlineId(), set.limit(), set.dueAt(), set.dueAt(), Actor.SYSTEM);
    }

    /** The urging a missed limit issues to {@code unit} (null: none assigned), the case's {@code n}-th urging. */
    public UrgingIssued urged(DeadlineSet set, UnitCode unit, int n) {
        return new UrgingIssued(caseId, "URGING-" + n, set.deadlineId(), set.limit(), unit, null,
                SupervisionSettings.defaults().superviseAt(CaseFixtures.POLICY, set.dueAt()).dueAt(), set.dueAt(),
                Actor.SYSTEM);
    }

    public NoteAdded noteAdded(String text) {
        return new NoteAdded(caseId, text, NOW, OFFICER);
    }

    public AttachmentRecorded attachmentRecorded(String name, String mediaType, long size, String sha256) {
        return new AttachmentRecorded(caseId, name, mediaType, size, sha256, NOW, OFFICER);
    }

    public CaseClosed closed(Outcome outcome, String route, Level resolutionLevel) {
        return new CaseClosed(caseId, outcome, null, route, null, resolutionLevel, NOW, OFFICER);
    }
}
