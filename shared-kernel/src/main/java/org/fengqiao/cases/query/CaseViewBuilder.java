package org.fengqiao.cases.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.petition.ReviewStage;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * The one way to build or derive a {@link CaseView} other than its canonical constructor: start from a case's id
 * and kind ({@link CaseView#builder}) or from a view ({@link CaseView#toBuilder}), name what differs, then
 * {@link #build}. What is not named keeps the view's value, or the value of a case just received (no meetings, no
 * limits, not confidential, no aftercare, no links). The canonical constructor normalises what is built (copies,
 * sorted sets, {@code calendarDegraded} from the degraded limits).
 */
public final class CaseViewBuilder {

    private final CaseId caseId;
    private final CaseKind kind;
    private CaseNumber caseNumber;
    private CaseStatus status;
    private Category category;
    private @NotPersonalData("the case's title: it names the matter, not the resident") String subject;
    private JurisdictionPath jurisdiction;
    private UnitCode unit;
    private @NotPersonalData("a staff account: the handling officer") String officer;
    private RiskLevel riskLevel;
    private Level level;
    private Level resolutionLevel;
    private Instant receivedAt;
    private Instant acceptedAt;
    private Instant assignedAt;
    private Instant lastActivityAt;
    private Instant closedAt;
    private int meetings;
    private final Map<MeetingType, Integer> meetingsByType = new EnumMap<>(MeetingType.class);
    private boolean hasAgreement;
    private boolean hasReply;
    private Outcome outcome;
    private Satisfaction satisfaction;
    private boolean escalated;
    private final Map<TimeLimit, Instant> deadlines = new EnumMap<>(TimeLimit.class);
    private final Set<TimeLimit> dueSoon = EnumSet.noneOf(TimeLimit.class);
    private int missedDeadlines;
    private boolean overdue;
    private boolean hearing;
    private @NotPersonalData("a staff account: the leader who owns the case") String riskLeader;
    private Boolean policeInformed;
    private ReviewStage reviewStage;
    private long version;
    private boolean confidential;
    private Set<String> confidentialRoles = Set.of();
    private Set<String> confidentialAccounts = Set.of();
    private final Set<TimeLimit> calendarDegradedLimits = EnumSet.noneOf(TimeLimit.class);
    private DispatchView dispatch;
    private AftercareView aftercare = AftercareView.NONE;
    private boolean groupCase;
    private int people;
    private Instant lastCheckInAt;
    private LinkedCasesView linked = LinkedCasesView.NONE;
    private JudicialConfirmationView judicialConfirmation;
    private final List<MeetingView> meetingsHeld = new ArrayList<>();
    private PetitionType petitionType;

    CaseViewBuilder(CaseId caseId, CaseKind kind) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    CaseViewBuilder(CaseView view) {
        this(view.caseId(), view.kind());
        caseNumber = view.caseNumber();
        status = view.status();
        category = view.category();
        subject = view.subject();
        jurisdiction = view.jurisdiction();
        unit = view.unit();
        officer = view.officer();
        riskLevel = view.riskLevel();
        level = view.level();
        resolutionLevel = view.resolutionLevel();
        receivedAt = view.receivedAt();
        acceptedAt = view.acceptedAt();
        assignedAt = view.assignedAt();
        lastActivityAt = view.lastActivityAt();
        closedAt = view.closedAt();
        meetings = view.meetings();
        meetingsByType.putAll(view.meetingsByType());
        hasAgreement = view.hasAgreement();
        hasReply = view.hasReply();
        outcome = view.outcome();
        satisfaction = view.satisfaction();
        escalated = view.escalated();
        deadlines.putAll(view.deadlines());
        dueSoon.addAll(view.dueSoon());
        missedDeadlines = view.missedDeadlines();
        overdue = view.overdue();
        hearing = view.hearing();
        riskLeader = view.riskLeader();
        policeInformed = view.policeInformed();
        reviewStage = view.reviewStage();
        version = view.version();
        confidential = view.confidential();
        confidentialRoles = view.confidentialRoles();
        confidentialAccounts = view.confidentialAccounts();
        calendarDegradedLimits.addAll(view.calendarDegradedLimits());
        dispatch = view.dispatch();
        aftercare = view.aftercare();
        groupCase = view.groupCase();
        people = view.people();
        lastCheckInAt = view.lastCheckInAt();
        linked = view.linked();
        judicialConfirmation = view.judicialConfirmation();
        meetingsHeld.addAll(view.meetingsHeld());
        petitionType = view.petitionType();
    }

    public CaseViewBuilder caseNumber(CaseNumber caseNumber) {
        this.caseNumber = caseNumber;
        return this;
    }

    public CaseViewBuilder status(CaseStatus status) {
        this.status = status;
        return this;
    }

    public CaseViewBuilder category(Category category) {
        this.category = category;
        return this;
    }

    public CaseViewBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public CaseViewBuilder jurisdiction(JurisdictionPath jurisdiction) {
        this.jurisdiction = jurisdiction;
        return this;
    }

    public CaseViewBuilder unit(UnitCode unit) {
        this.unit = unit;
        return this;
    }

    public CaseViewBuilder officer(String officer) {
        this.officer = officer;
        return this;
    }

    public CaseViewBuilder riskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
        return this;
    }

    public CaseViewBuilder level(Level level) {
        this.level = level;
        return this;
    }

    public CaseViewBuilder resolutionLevel(Level resolutionLevel) {
        this.resolutionLevel = resolutionLevel;
        return this;
    }

    public CaseViewBuilder receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public CaseViewBuilder acceptedAt(Instant acceptedAt) {
        this.acceptedAt = acceptedAt;
        return this;
    }

    public CaseViewBuilder assignedAt(Instant assignedAt) {
        this.assignedAt = assignedAt;
        return this;
    }

    public CaseViewBuilder lastActivityAt(Instant lastActivityAt) {
        this.lastActivityAt = lastActivityAt;
        return this;
    }

    public CaseViewBuilder closedAt(Instant closedAt) {
        this.closedAt = closedAt;
        return this;
    }

    public CaseViewBuilder meetings(int meetings) {
        this.meetings = meetings;
        return this;
    }

    public CaseViewBuilder meetingsByType(Map<MeetingType, Integer> meetingsByType) {
        this.meetingsByType.clear();
        this.meetingsByType.putAll(meetingsByType);
        return this;
    }

    public CaseViewBuilder hasAgreement(boolean hasAgreement) {
        this.hasAgreement = hasAgreement;
        return this;
    }

    public CaseViewBuilder hasReply(boolean hasReply) {
        this.hasReply = hasReply;
        return this;
    }

    public CaseViewBuilder outcome(Outcome outcome) {
        this.outcome = outcome;
        return this;
    }

    public CaseViewBuilder satisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
        return this;
    }

    public CaseViewBuilder escalated(boolean escalated) {
        this.escalated = escalated;
        return this;
    }

    public CaseViewBuilder deadlines(Map<TimeLimit, Instant> deadlines) {
        this.deadlines.clear();
        this.deadlines.putAll(deadlines);
        return this;
    }

    public CaseViewBuilder dueSoon(Set<TimeLimit> dueSoon) {
        this.dueSoon.clear();
        this.dueSoon.addAll(dueSoon);
        return this;
    }

    public CaseViewBuilder missedDeadlines(int missedDeadlines) {
        this.missedDeadlines = missedDeadlines;
        return this;
    }

    public CaseViewBuilder overdue(boolean overdue) {
        this.overdue = overdue;
        return this;
    }

    public CaseViewBuilder hearing(boolean hearing) {
        this.hearing = hearing;
        return this;
    }

    public CaseViewBuilder riskLeader(String riskLeader) {
        this.riskLeader = riskLeader;
        return this;
    }

    public CaseViewBuilder policeInformed(Boolean policeInformed) {
        this.policeInformed = policeInformed;
        return this;
    }

    public CaseViewBuilder reviewStage(ReviewStage reviewStage) {
        this.reviewStage = reviewStage;
        return this;
    }

    public CaseViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    public CaseViewBuilder confidential(boolean confidential) {
        this.confidential = confidential;
        return this;
    }

    public CaseViewBuilder confidentialRoles(Set<String> confidentialRoles) {
        this.confidentialRoles = confidentialRoles;
        return this;
    }

    public CaseViewBuilder confidentialAccounts(Set<String> confidentialAccounts) {
        this.confidentialAccounts = confidentialAccounts;
        return this;
    }

    public CaseViewBuilder calendarDegradedLimits(Set<TimeLimit> calendarDegradedLimits) {
        this.calendarDegradedLimits.clear();
        this.calendarDegradedLimits.addAll(calendarDegradedLimits);
        return this;
    }

    public CaseViewBuilder dispatch(DispatchView dispatch) {
        this.dispatch = dispatch;
        return this;
    }

    public CaseViewBuilder aftercare(AftercareView aftercare) {
        this.aftercare = aftercare;
        return this;
    }

    public CaseViewBuilder groupCase(boolean groupCase) {
        this.groupCase = groupCase;
        return this;
    }

    public CaseViewBuilder people(int people) {
        this.people = people;
        return this;
    }

    public CaseViewBuilder lastCheckInAt(Instant lastCheckInAt) {
        this.lastCheckInAt = lastCheckInAt;
        return this;
    }

    public CaseViewBuilder linked(LinkedCasesView linked) {
        this.linked = linked;
        return this;
    }

    public CaseViewBuilder judicialConfirmation(JudicialConfirmationView judicialConfirmation) {
        this.judicialConfirmation = judicialConfirmation;
        return this;
    }

    public CaseViewBuilder meetingsHeld(List<MeetingView> meetingsHeld) {
        this.meetingsHeld.clear();
        this.meetingsHeld.addAll(meetingsHeld);
        return this;
    }

    public CaseViewBuilder petitionType(PetitionType petitionType) {
        this.petitionType = petitionType;
        return this;
    }

    /** Sets or moves the due time of a running limit. */
    public CaseViewBuilder deadline(TimeLimit limit, Instant dueAt) {
        deadlines.put(limit, dueAt);
        return this;
    }

    /** A limit that no longer runs: neither due nor due soon. */
    public CaseViewBuilder limitEnded(TimeLimit limit) {
        deadlines.remove(limit);
        dueSoon.remove(limit);
        return this;
    }

    /** Whether the reminder of a running limit has come. */
    public CaseViewBuilder dueSoon(TimeLimit limit, boolean soon) {
        if (soon) {
            dueSoon.add(limit);
        } else {
            dueSoon.remove(limit);
        }
        return this;
    }

    /** Whether a running limit's due time was counted on weekdays alone for a day no holiday file settled. */
    public CaseViewBuilder calendarDegraded(TimeLimit limit, boolean degraded) {
        if (degraded) {
            calendarDegradedLimits.add(limit);
        } else {
            calendarDegradedLimits.remove(limit);
        }
        return this;
    }

    /** One more meeting held: counted, counted by its type (when it has one) and kept in the order held. */
    public CaseViewBuilder meetingHeld(MeetingView meeting) {
        meetings++;
        meetingsHeld.add(meeting);
        if (meeting.type() != null) {
            meetingsByType.merge(meeting.type(), 1, Integer::sum);
        }
        return this;
    }

    public CaseView build() {
        return new CaseView(caseId, kind, caseNumber, status, category, subject, jurisdiction, unit,
                officer, riskLevel, level, resolutionLevel, receivedAt, acceptedAt, assignedAt,
                lastActivityAt, closedAt, meetings, meetingsByType, hasAgreement, hasReply, outcome,
                satisfaction, escalated, deadlines, dueSoon, missedDeadlines, overdue, hearing, riskLeader,
                policeInformed, reviewStage, version, confidential, confidentialRoles, confidentialAccounts,
                false, calendarDegradedLimits, dispatch, aftercare, groupCase, people, lastCheckInAt,
                linked, judicialConfirmation, meetingsHeld, petitionType);
    }
}
