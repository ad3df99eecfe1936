package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.lifecycle.AssignmentObjected;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.lifecycle.ObjectToAssignment;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionNotAccepted;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.timelimits.DeadlineExtended;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.DecideHotlineExtension;
import org.fengqiao.cases.timelimits.EndHearing;
import org.fengqiao.cases.timelimits.ExtendDeadline;
import org.fengqiao.cases.timelimits.HearingEnded;
import org.fengqiao.cases.timelimits.HearingStarted;
import org.fengqiao.cases.timelimits.HotlineExtensionDecided;
import org.fengqiao.cases.timelimits.HotlineExtensionRequested;
import org.fengqiao.cases.timelimits.RequestHotlineExtension;
import org.fengqiao.cases.timelimits.StartHearing;
import org.fengqiao.cases.timelimits.StartHotlineLimit;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.timelimits.LimitDue;
import org.fengqiao.command.timelimits.LimitEnd;
import org.fengqiao.command.timelimits.TimeLimitPolicy;

/**
 * The time limits of one case, its hearings and the objection to its assignment: the limits running now, how many
 * deadlines were set (each deadline's id counts them), the hearing running now and the assignment an objection may
 * answer. It decides (returns the events to apply, never applies them) and it follows the events ({@link #evolve}).
 * Several deadlines decided at once get consecutive ids, as if each had been applied before the next was decided.
 *
 * <p>A limit whose document is served on the petitioner is met only when the notice is served (告知 / 送达): the
 * acceptance limit after the decision, the handling, review or re-review limit after the reply. Such a limit
 * {@linkplain #awaiting awaits its notice}: closure leaves it running, and its due time is still recorded as missed on
 * a closed case.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class TimeLimits {

    /**
     * Limits a hearing neither suspends nor high risk shortens: check-ins and the risk leader's run in hours, and a
     * hotline order's limit is the hotline's own due date.
     */
    private static final Set<TimeLimit> OWN_CLOCK = EnumSet.of(TimeLimit.CHECK_IN, TimeLimit.HOTLINE,
            TimeLimit.RISK_LEADER, TimeLimit.JUDICIAL_CONFIRMATION);

    private Map<TimeLimit, RunningLimit> running = new HashMap<>();
    private int deadlines;
    private Instant hearingStartedAt;
    private Instant assignedAt;
    private boolean objected;
    /** The running limits that end only with a notice, and the notice each waits for. */
    private Map<TimeLimit, NoticeType> awaiting = new HashMap<>();

    boolean runs(TimeLimit limit) {
        return running.containsKey(limit);
    }

    /** Whether the deadline that fired is one of a parties' window, which still counts once the case is closed. */
    boolean ofPartiesWindow(LimitDue due) {
        return running.entrySet().stream().anyMatch(entry -> entry.getKey().isPartiesWindow()
                && entry.getValue().id().equals(due.deadlineId()));
    }

    /** A limit of {@code days} calendar days from {@code start}, with its reminder. */
    List<CaseEvent> start(CaseId id, TimeLimit limit, Instant start, int days, Actor actor, TimeLimitPolicy policy) {
        LimitEnd end = policy.afterDays(start, days);
        return List.of(new DeadlineSet(id, nextId(limit, 0), limit, end.dueAt(), policy.remindAt(start, end.dueAt()),
                null, start, actor, end.calendarDegraded()));
    }

    /**
     * A hotline order's limit: the working days from the order's dispatch up to its due date (at least one), ending at
     * 24:00 of the last; nothing when the hotline limit already runs to that time (the order posted again).
     */
    List<CaseEvent> startHotline(CaseId id, StartHotlineLimit command, TimeLimitPolicy policy) {
        Require.present(command.dueDate(), CaseRule.HOTLINE_DUE_DATE_REQUIRED);
        if (command.dueDate().isBefore(policy.day(command.occurredAt()))) {
            throw new CaseRuleViolation(CaseRule.HOTLINE_DUE_DATE_PASSED);
        }
        RunningLimit limitNow = running.get(TimeLimit.HOTLINE);
        DeadlineSet set = hotlineLimit(id, command.dueDate(), command.occurredAt(), command.actor(), policy, limitNow);
        if (limitNow != null && limitNow.dueAt().equals(set.dueAt())) {
            return List.of();
        }
        return List.of(set);
    }

    /**
     * The unit asks the hotline to extend its order to a due date after the running HOTLINE limit's last day, with
     * its reasons; the limit runs on until the hotline decides.
     */
    List<CaseEvent> requestHotlineExtension(CaseId id, RequestHotlineExtension command, UnitCode unit,
            TimeLimitPolicy policy) {
        RunningLimit limitNow = running.get(TimeLimit.HOTLINE);
        if (limitNow == null) {
            throw new CaseRuleViolation(CaseRule.HOTLINE_LIMIT_NOT_RUNNING);
        }
        Require.present(command.dueDate(), CaseRule.HOTLINE_DUE_DATE_REQUIRED);
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        if (!command.dueDate().isAfter(policy.lastDay(limitNow.dueAt()))) {
            throw new CaseRuleViolation(CaseRule.EXTENSION_NOT_LATER);
        }
        return List.of(new HotlineExtensionRequested(id, command.dueDate(), unit, command.reason(),
                command.occurredAt(), command.actor()));
    }

    /**
     * The hotline's decision on an extension of its order: recorded either way; approved, the running HOTLINE limit is
     * replaced by one in working days up to the new due date, which lies after its last day.
     */
    List<CaseEvent> decideHotlineExtension(CaseId id, DecideHotlineExtension command, TimeLimitPolicy policy) {
        RunningLimit limitNow = running.get(TimeLimit.HOTLINE);
        if (limitNow == null) {
            throw new CaseRuleViolation(CaseRule.HOTLINE_LIMIT_NOT_RUNNING);
        }
        HotlineExtensionDecided decided = new HotlineExtensionDecided(id, command.approved(),
                command.approved() ? command.dueDate() : null, command.occurredAt(), command.actor());
        if (!command.approved()) {
            return List.of(decided);
        }
        Require.present(command.dueDate(), CaseRule.HOTLINE_DUE_DATE_REQUIRED);
        if (!command.dueDate().isAfter(policy.lastDay(limitNow.dueAt()))) {
            throw new CaseRuleViolation(CaseRule.EXTENSION_NOT_LATER);
        }
        return List.of(decided, hotlineLimit(id, command.dueDate(), command.occurredAt(), command.actor(), policy,
                limitNow));
    }

    /** A HOTLINE limit in working days from {@code start} up to {@code dueDate} (at least one), replacing any. */
    private DeadlineSet hotlineLimit(CaseId id, LocalDate dueDate, Instant start, Actor actor, TimeLimitPolicy policy,
            RunningLimit replaced) {
        int days = Math.max(1, policy.workingDaysUntil(start, dueDate));
        LimitEnd end = policy.afterWorkingDays(start, days);
        return new DeadlineSet(id, nextId(TimeLimit.HOTLINE, 0), TimeLimit.HOTLINE, end.dueAt(),
                policy.remindAt(start, end.dueAt()), replaced == null ? null : replaced.id(), start, actor,
                end.calendarDegraded());
    }

    /** The next check-in of a high-risk case, one interval from {@code from}, without a reminder. */
    List<CaseEvent> startCheckIn(CaseId id, Instant from, Actor actor, TimeLimitPolicy policy) {
        Instant dueAt = from.plus(policy.checkInInterval());
        return List.of(new DeadlineSet(id, nextId(TimeLimit.CHECK_IN, 0), TimeLimit.CHECK_IN, dueAt, null, null, from,
                actor));
    }

    /** The leader of a case that was HIGH or CRITICAL at intake, due {@code within} of receipt by the clock. */
    List<CaseEvent> startRiskLeader(CaseId id, Instant receivedAt, Duration within, Actor actor) {
        return List.of(new DeadlineSet(id, nextId(TimeLimit.RISK_LEADER, 0), TimeLimit.RISK_LEADER,
                receivedAt.plus(within), null, null, receivedAt, actor));
    }

    /** Ends a running limit: met when it ends by its due time, missed when later (e.g. closed while overdue). */
    List<CaseEvent> end(CaseId id, TimeLimit limit, Instant at, Actor actor) {
        RunningLimit limitNow = running.get(limit);
        if (limitNow == null) {
            return List.of();
        }
        if (at.isAfter(limitNow.dueAt())) {
            return List.of(new DeadlineMissed(id, limitNow.id(), limit, limitNow.dueAt(), at, actor));
        }
        return List.of(new DeadlineMet(id, limitNow.id(), limit, limitNow.dueAt(), at, actor));
    }

    /**
     * Ends every running limit, in the order of {@link TimeLimit}, but those awaiting a notice and the parties' own
     * window ({@link TimeLimit#isPartiesWindow()}), which runs on past the case's closure.
     */
    List<CaseEvent> endAll(CaseId id, Instant at, Actor actor) {
        List<CaseEvent> events = new ArrayList<>();
        new TreeMap<>(running).keySet().stream().filter(limit -> !awaiting.containsKey(limit)
                        && !limit.isPartiesWindow())
                .forEach(limit -> events.addAll(end(id, limit, at, actor)));
        return events;
    }

    /** Ends each limit that waited for this notice, at the date it was served, in the order of {@link TimeLimit}. */
    List<CaseEvent> noticeServed(CaseId id, NoticeType notice, Instant at, Actor actor) {
        List<CaseEvent> events = new ArrayList<>();
        new TreeMap<>(awaiting).forEach((limit, waitsFor) -> {
            if (waitsFor == notice) {
                events.addAll(end(id, limit, at, actor));
            }
        });
        return events;
    }

    /** Whether the deadline with this id is a running limit that awaits its notice. */
    boolean awaitsNotice(String deadlineId) {
        return running.entrySet().stream().anyMatch(entry -> entry.getValue().id().equals(deadlineId)
                && awaiting.containsKey(entry.getKey()));
    }

    /**
     * A case that became high-risk: each running limit but the check-in shortened to the policy's share counted from
     * {@code at}, when that is sooner than its due time (never lengthened).
     */
    List<CaseEvent> shorten(CaseId id, CaseKind kind, Instant at, Actor actor, TimeLimitPolicy policy) {
        List<CaseEvent> events = new ArrayList<>();
        suspendable().forEach((limit, limitNow) -> {
            LimitEnd shorter = policy.afterDays(at, policy.days(limit, kind, true));
            if (shorter.dueAt().isBefore(limitNow.dueAt())) {
                events.add(new DeadlineSet(id, nextId(limit, events.size()), limit, shorter.dueAt(),
                        policy.remindAt(at, shorter.dueAt()), limitNow.id(), at, actor, shorter.calendarDegraded()));
            }
        });
        return events;
    }

    /** The one extension of the handling limit, counted from its due time, approved and with a reason. */
    List<CaseEvent> extend(CaseId id, ExtendDeadline command, TimeLimitPolicy policy) {
        if (command.limit() == null) {
            throw new CaseRuleViolation(CaseRule.LIMIT_REQUIRED);
        }
        if (command.limit() != TimeLimit.HANDLING) {
            throw new CaseRuleViolation(CaseRule.LIMIT_NOT_EXTENDABLE);
        }
        RunningLimit handling = running.get(TimeLimit.HANDLING);
        if (handling == null) {
            throw new CaseRuleViolation(CaseRule.LIMIT_NOT_RUNNING);
        }
        if (handling.extended()) {
            throw new CaseRuleViolation(CaseRule.EXTENSION_ALREADY_USED);
        }
        if (command.days() < 1 || command.days() > policy.maxExtensionDays()) {
            throw new CaseRuleViolation(CaseRule.EXTENSION_DAYS_INVALID);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        Require.present(command.approver(), CaseRule.APPROVER_REQUIRED);
        LimitEnd end = policy.extended(handling.dueAt(), command.days());
        return List.of(new DeadlineExtended(id, nextId(TimeLimit.HANDLING, 0), handling.id(), TimeLimit.HANDLING,
                command.days(), end.dueAt(), policy.remindAt(command.occurredAt(), end.dueAt()), command.reason(),
                command.approver(), command.occurredAt(), command.actor(), end.calendarDegraded()));
    }

    List<CaseEvent> startHearing(CaseId id, StartHearing command) {
        if (hearingStartedAt != null) {
            throw new CaseRuleViolation(CaseRule.HEARING_ALREADY_RUNNING);
        }
        return List.of(new HearingStarted(id, command.occurredAt(), command.actor()));
    }

    /** Ends the hearing; every limit it suspended is due later by the time it ran, its reminder anew if not given. */
    List<CaseEvent> endHearing(CaseId id, EndHearing command, TimeLimitPolicy policy) {
        if (hearingStartedAt == null) {
            throw new CaseRuleViolation(CaseRule.NO_HEARING_RUNNING);
        }
        Instant startedAt = hearingStartedAt;
        Instant endedAt = command.occurredAt().isBefore(startedAt) ? startedAt : command.occurredAt();
        List<CaseEvent> events = new ArrayList<>();
        events.add(new HearingEnded(id, startedAt, endedAt, command.actor()));
        suspendable().forEach((limit, limitNow) -> {
            LimitEnd end = policy.afterHearing(limitNow.dueAt(), startedAt, endedAt);
            Instant remindAt = limitNow.reminded() ? null : policy.remindAt(endedAt, end.dueAt());
            events.add(new DeadlineSet(id, nextId(limit, events.size() - 1), limit, end.dueAt(), remindAt,
                    limitNow.id(), endedAt, command.actor(), end.calendarDegraded()));
        });
        return events;
    }

    /** The unit a case is assigned to objects within the policy's working days of the assignment, once. */
    List<CaseEvent> object(CaseId id, ObjectToAssignment command, UnitCode unit, Instant now, TimeLimitPolicy policy) {
        if (unit == null) {
            throw new CaseRuleViolation(CaseRule.NOT_ASSIGNED);
        }
        if (command.unit() == null || !command.unit().equals(unit)) {
            throw new CaseRuleViolation(CaseRule.NOT_CURRENT_UNIT);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        if (objected) {
            throw new CaseRuleViolation(CaseRule.OBJECTION_ALREADY_RAISED);
        }
        LimitEnd window = policy.objectionWindow(assignedAt);
        if (!now.isBefore(window.dueAt())) {
            throw new CaseRuleViolation(CaseRule.OBJECTION_TOO_LATE);
        }
        return List.of(new AssignmentObjected(id, unit, command.reason(), window.lastDay(), command.occurredAt(),
                command.actor(), window.calendarDegraded()));
    }

    /**
     * A deadline fired: its reminder puts the case on the "due soon" list (once), its due time records the miss.
     * Nothing for a deadline that no longer runs, or that a running hearing suspends.
     */
    List<CaseEvent> due(CaseId id, LimitDue due) {
        Optional<Map.Entry<TimeLimit, RunningLimit>> firing = running.entrySet().stream()
                .filter(entry -> entry.getValue().id().equals(due.deadlineId())).findFirst();
        if (firing.isEmpty() || hearingStartedAt != null && !OWN_CLOCK.contains(firing.get().getKey())) {
            return List.of();
        }
        TimeLimit limit = firing.get().getKey();
        RunningLimit limitNow = firing.get().getValue();
        if (due.reminder()) {
            return limitNow.reminded() ? List.of()
                    : List.of(new DeadlineReminded(id, limitNow.id(), limit, limitNow.dueAt(),
                            limitNow.remindAt() == null ? limitNow.dueAt() : limitNow.remindAt(), Actor.SYSTEM));
        }
        return List.of(new DeadlineMissed(id, limitNow.id(), limit, limitNow.dueAt(), limitNow.dueAt(),
                Actor.SYSTEM));
    }

    /** Schedules the due time and reminder of a deadline the event sets; nothing for other events. */
    static void schedule(CaseEvent event, DeadlineManager deadlineManager) {
        if (event instanceof DeadlineSet set) {
            schedule(deadlineManager, set.deadlineId(), set.dueAt(), set.remindAt());
        } else if (event instanceof DeadlineExtended extended) {
            schedule(deadlineManager, extended.deadlineId(), extended.dueAt(), extended.remindAt());
        }
    }

    private static void schedule(DeadlineManager deadlineManager, String id, Instant dueAt, Instant remindAt) {
        if (remindAt != null) {
            deadlineManager.schedule(remindAt, LimitDue.DEADLINE_NAME, new LimitDue(id, true));
        }
        deadlineManager.schedule(dueAt, LimitDue.DEADLINE_NAME, new LimitDue(id, false));
    }

    void evolve(CaseEvent event) {
        if (event instanceof DeadlineSet e) {
            RunningLimit replaced = running.get(e.limit());
            boolean replacing = replaced != null && replaced.id().equals(e.replaces());
            running.put(e.limit(), new RunningLimit(e.deadlineId(), e.dueAt(), e.remindAt(),
                    replacing && replaced.extended(), replacing && e.remindAt() == null && replaced.reminded()));
            deadlines++;
        } else if (event instanceof DeadlineExtended e) {
            running.put(e.limit(), new RunningLimit(e.deadlineId(), e.dueAt(), e.remindAt(), true, false));
            deadlines++;
        } else if (event instanceof DeadlineReminded e) {
            running.computeIfPresent(e.limit(), (limit, limitNow) -> limitNow.remindedNow());
        } else if (event instanceof DeadlineMet e) {
            running.remove(e.limit());
            awaiting.remove(e.limit());
        } else if (event instanceof DeadlineMissed e) {
            running.remove(e.limit());
            awaiting.remove(e.limit());
        } else if (event instanceof PetitionAccepted) {
            await(TimeLimit.ACCEPTANCE, NoticeType.ACCEPTANCE);
        } else if (event instanceof PetitionNotAccepted) {
            await(TimeLimit.ACCEPTANCE, NoticeType.NON_ACCEPTANCE);
        } else if (event instanceof ReplyServed) {
            // the reply answers whichever limit runs: the handling limit, or the review's or re-review's
            await(TimeLimit.HANDLING, NoticeType.REPLY);
            await(TimeLimit.REVIEW, NoticeType.REPLY);
            await(TimeLimit.RE_REVIEW, NoticeType.REPLY);
        } else if (event instanceof HearingStarted e) {
            hearingStartedAt = e.occurredAt();
        } else if (event instanceof HearingEnded) {
            hearingStartedAt = null;
        } else if (event instanceof CaseAssigned e) {
            assignedAt = e.occurredAt();
            objected = false;
        } else if (event instanceof CaseReassigned e) {
            assignedAt = e.occurredAt();
            objected = false;
        } else if (event instanceof AssignmentObjected) {
            objected = true;
        }
    }

    private void await(TimeLimit limit, NoticeType notice) {
        if (running.containsKey(limit)) {
            awaiting.put(limit, notice);
        }
    }

    /**
     * The running limits a hearing suspends and high risk shortens, in a stable order: all but those that keep their
     * own clock ({@link #OWN_CLOCK}).
     */
    private Map<TimeLimit, RunningLimit> suspendable() {
        Map<TimeLimit, RunningLimit> limits = new TreeMap<>(running);
        OWN_CLOCK.forEach(limits::remove);
        return limits;
    }

    /** The id of a deadline decided {@code earlier} deadlines after the next one. */
    private String nextId(TimeLimit limit, int earlier) {
        return limit.name() + "-" + (deadlines + 1 + earlier);
    }

    // its own commands (an aggregate member of Case; the objection reads the case's unit: Case handles it)

    @CommandHandler
    Decision handle(ExtendDeadline command, TimeLimitPolicy policy) {
        return Decision.scheduling(extend(command.caseId(), command, policy));
    }

    @CommandHandler
    Decision handle(StartHearing command) {
        return Decision.of(startHearing(command.caseId(), command));
    }

    @CommandHandler
    Decision handle(EndHearing command, TimeLimitPolicy policy) {
        return Decision.scheduling(endHearing(command.caseId(), command, policy));
    }

    /** A hotline order's limit, in working days to its due date; the order posted again changes nothing. */
    @CommandHandler
    Decision handle(StartHotlineLimit command, TimeLimitPolicy policy) {
        return Decision.scheduling(startHotline(command.caseId(), command, policy));
    }

    /** The hotline's decision on an extension of its order; approved, the HOTLINE limit runs to the new due date. */
    @CommandHandler
    Decision handle(DecideHotlineExtension command, TimeLimitPolicy policy) {
        return Decision.scheduling(decideHotlineExtension(command.caseId(), command, policy));
    }
}
