package org.fengqiao.cases.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.fengqiao.cases.confidentiality.Confidentiality;
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
 * A case as supervisors and clients see it, folded from its events by the query side's {@code CaseViewFold}: the
 * answer to {@link FindCase}, {@link FindCaseAsOf} and, in pages, {@link ListCases}. It holds no personal data of
 * residents.
 *
 * <p>Times are business times from the events, kept to the millisecond (the precision of MongoDB dates), except
 * {@code lastActivityAt}, the time the event store recorded the case's latest event. {@code assignedAt} is the time
 * of the current assignment, so a reassignment moves it. {@code level} is where the case is handled now;
 * {@code resolutionLevel} where it was when it closed. {@code version} is the number of events folded in, the same
 * number the command side answers with, so {@code version >= n} means "includes my n-th event".
 *
 * <p>Time limits: {@code deadlines} maps each running limit to its due time; {@code dueSoon} names those whose
 * reminder has come; {@code missedDeadlines} counts the limits missed so far and {@code overdue} is true while the
 * case is open after missing one (check-ins aside). {@code hearing}: a hearing suspends the limits now. Risk:
 * {@code riskLeader} owns a HIGH or CRITICAL case, {@code policeInformed} as stated when it became high risk.
 * {@code reviewStage}: the review or re-review the petition is in or went through last.
 * {@code calendarDegradedLimits}: the running limits whose due time was counted on weekdays alone for some day no
 * holiday file settled (a year whose notice is not yet installed), so it may be off by a holiday;
 * {@code calendarDegraded} is true while there is one.
 *
 * <p>{@code dispatch}: the lead unit, co-units, each unit's sign-for or return and the co-units' reports
 * ({@link DispatchView}); {@code null} for a case never dispatched.
 *
 * <p>{@code aftercare}: the terms of the case's agreement with their performance ({@link AftercareView}; never
 * {@code null}).
 *
 * <p>Confidentiality: {@code confidential} is true while the case is marked confidential; then only callers holding
 * one of {@code confidentialRoles} (platform role names) or named in {@code confidentialAccounts} may see it
 * ({@link #visibleTo}). Both sets are empty for a case that is not confidential.
 *
 * <p>Group petitions (联名 / 集体访): {@code groupCase} is true for a petition that speaks for five people or more
 * ({@code GroupPetitions}); {@code people} is how many people the case speaks for: a petition's headcount, or the
 * petitioners it names, or a dispute's parties (0 in views stored before it was kept).
 *
 * <p>{@code lastCheckInAt}: the business time of the case's latest risk check-in ({@code RiskCheckInRecorded});
 * {@code null} before the first one (and in views stored before it was kept).
 *
 * <p>{@code linked}: the cases linked to this one, the primary it was merged into and the duplicates merged into it
 * ({@link LinkedCasesView}; never {@code null}); a reader is shown only those it may see itself.
 *
 * <p>{@code judicialConfirmation}: a dispute's window for judicial confirmation of its mediation agreement, the
 * parties' application and the court's decision ({@link JudicialConfirmationView}); {@code null} until an agreement
 * opens the window. The window is the parties' own: it does not make the case overdue when it closes unused.
 *
 * <p>{@code meetingsHeld}: each meeting in the order held, with its sides, units, convener and decisions but no name
 * and no text ({@link MeetingView}; empty in views stored before it was kept, whose meetings are only counted).
 *
 * <p>{@code petitionType}: what a petition asks for ({@code null} for a dispute or a petition registered without
 * one).
 */
public record CaseView(
        CaseId caseId,
        CaseKind kind,
        CaseNumber caseNumber,
        CaseStatus status,
        Category category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        JurisdictionPath jurisdiction,
        UnitCode unit,
        @NotPersonalData("a staff account: the handling officer") String officer,
        RiskLevel riskLevel,
        Level level,
        Level resolutionLevel,
        Instant receivedAt,
        Instant acceptedAt,
        Instant assignedAt,
        Instant lastActivityAt,
        Instant closedAt,
        int meetings,
        Map<MeetingType, Integer> meetingsByType,
        boolean hasAgreement,
        boolean hasReply,
        Outcome outcome,
        Satisfaction satisfaction,
        boolean escalated,
        Map<TimeLimit, Instant> deadlines,
        Set<TimeLimit> dueSoon,
        int missedDeadlines,
        boolean overdue,
        boolean hearing,
        @NotPersonalData("a staff account: the leader who owns the case") String riskLeader,
        Boolean policeInformed,
        ReviewStage reviewStage,
        long version,
        boolean confidential,
        Set<String> confidentialRoles,
        Set<String> confidentialAccounts,
        boolean calendarDegraded,
        Set<TimeLimit> calendarDegradedLimits,
        DispatchView dispatch,
        AftercareView aftercare,
        boolean groupCase,
        int people,
        Instant lastCheckInAt,
        LinkedCasesView linked,
        JudicialConfirmationView judicialConfirmation,
        List<MeetingView> meetingsHeld,
        PetitionType petitionType) {

    public CaseView {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        EnumMap<MeetingType, Integer> counts = new EnumMap<>(MeetingType.class);
        if (meetingsByType != null) {
            meetingsByType.forEach((type, count) -> {
                if (type != null && count != null && count > 0) {
                    counts.put(type, count);
                }
            });
        }
        meetingsByType = Collections.unmodifiableMap(counts);
        EnumMap<TimeLimit, Instant> running = new EnumMap<>(TimeLimit.class);
        if (deadlines != null) {
            running.putAll(deadlines);
        }
        deadlines = Collections.unmodifiableMap(running);
        EnumSet<TimeLimit> soon = EnumSet.noneOf(TimeLimit.class);
        if (dueSoon != null) {
            soon.addAll(dueSoon);
        }
        dueSoon = Collections.unmodifiableSet(soon);
        EnumSet<TimeLimit> degraded = EnumSet.noneOf(TimeLimit.class);
        if (calendarDegradedLimits != null) {
            degraded.addAll(calendarDegradedLimits);
        }
        degraded.retainAll(running.keySet());
        calendarDegradedLimits = Collections.unmodifiableSet(degraded);
        calendarDegraded = !degraded.isEmpty();
        // sorted, so that the JSON of a view is the same each time
        confidentialRoles = Collections.unmodifiableSortedSet(confidential && confidentialRoles != null
                ? new TreeSet<>(confidentialRoles) : new TreeSet<>());
        confidentialAccounts = Collections.unmodifiableSortedSet(confidential && confidentialAccounts != null
                ? new TreeSet<>(confidentialAccounts) : new TreeSet<>());
        aftercare = aftercare == null ? AftercareView.NONE : aftercare;
        linked = linked == null ? LinkedCasesView.NONE : linked;
        meetingsHeld = meetingsHeld == null ? List.of() : List.copyOf(meetingsHeld);
    }

    /** A builder for a case just received, with this id and kind ({@link CaseViewBuilder}). */
    public static CaseViewBuilder builder(CaseId caseId, CaseKind kind) {
        return new CaseViewBuilder(caseId, kind);
    }

    /** A builder that starts from this view, to derive another ({@link CaseViewBuilder}). */
    public CaseViewBuilder toBuilder() {
        return new CaseViewBuilder(this);
    }

    /** The same view with its linked cases replaced, e.g. by those a reader may see ({@link LinkedCasesView#only}). */
    public CaseView withLinked(LinkedCasesView visibleLinks) {
        return toBuilder().linked(visibleLinks).build();
    }

    /**
     * Whether a caller with this name and these role names may see the case, as far as confidentiality goes (the
     * jurisdiction is checked on top): always for a case that is not confidential.
     */
    public boolean visibleTo(String callerName, Collection<String> callerRoles) {
        return !confidential || Confidentiality.admits(confidentialRoles, confidentialAccounts, callerName,
                callerRoles);
    }
}
