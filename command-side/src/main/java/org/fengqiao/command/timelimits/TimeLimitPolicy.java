package org.fengqiao.command.timelimits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseKind;

/**
 * How long each time limit runs, how it is counted, when the reminder comes and how much shorter the limits of a
 * high-risk case are (a missed limit is chased by urging and supervision, {@link SupervisionSettings}). The
 * aggregates read it when they set a deadline and record the result in the event, so a changed policy applies to
 * deadlines set from then on, never to history.
 *
 * <p>Counting follows the Civil Code's rule for periods (民法典 Arts. 201-203), which administrative limits apply: the
 * day of the starting event is not counted, the period begins the next day and ends at 24:00 of its last day in the
 * sub-district's time zone (15 days from 10:00 on 1 July end at 24:00 on 16 July); a last day that is a statutory
 * holiday or a rest day gives way to the first working day after it. Limits in working days (the objection window)
 * count only the {@link HolidayCalendar}'s working days, make-up days included. A count that touches a day the
 * holiday files do not settle uses weekdays there and says so ({@link LimitEnd#calendarDegraded()}).
 */
public record TimeLimitPolicy(
        ZoneId zone,
        int acceptanceDays,
        int petitionHandlingDays,
        int disputeHandlingDays,
        int maxExtensionDays,
        int reviewDays,
        int reviewRequestDays,
        int objectionWorkingDays,
        int reminderDays,
        int highRiskPercent,
        Duration checkInInterval,
        HolidayCalendar calendar,
        int signForWorkingDays) {

    /** The policy of these settings, counted in {@code zone}, with the given calendar. */
    public static TimeLimitPolicy of(TimeLimitSettings s, ZoneId zone, HolidayCalendar calendar) {
        return new TimeLimitPolicy(zone, s.acceptanceDays(), s.petitionHandlingDays(), s.disputeHandlingDays(),
                s.maxExtensionDays(), s.reviewDays(), s.reviewRequestDays(), s.objectionWorkingDays(),
                s.reminderDays(), s.highRiskPercent(), s.checkInInterval(), calendar,
                s.signForWorkingDays());
    }

    /** The defaults ({@link TimeLimitSettings#defaults()}), in Asia/Shanghai, with the given calendar. */
    public static TimeLimitPolicy defaults(HolidayCalendar calendar) {
        return of(TimeLimitSettings.defaults(), ZoneId.of("Asia/Shanghai"), calendar);
    }

    /** The length in days of a limit that starts now, for a case of this kind and risk. */
    public int days(TimeLimit limit, CaseKind kind, boolean highRisk) {
        int days = switch (limit) {
            case ACCEPTANCE -> acceptanceDays;
            case HANDLING -> kind == CaseKind.PETITION ? petitionHandlingDays : disputeHandlingDays;
            case REVIEW, RE_REVIEW -> reviewDays;
            case CHECK_IN -> throw new IllegalArgumentException("a check-in runs in hours, see checkInInterval");
            case HOTLINE -> throw new IllegalArgumentException("a hotline limit runs to its order's due date");
            case RISK_LEADER -> throw new IllegalArgumentException("the risk leader is due in hours, see HighRiskPolicy");
            case JUDICIAL_CONFIRMATION -> throw new IllegalArgumentException(
                    "the parties' window is the statute's 30 days, never shortened: see JudicialConfirmation.WINDOW_DAYS");
        };
        return highRisk ? shortened(days) : days;
    }

    /** A high-risk case's limit: the policy's share of the normal one, at least one day. */
    public int shortened(int days) {
        return Math.max(1, days * highRiskPercent / 100);
    }

    /** A limit of {@code days} calendar days from an event at {@code start}. */
    public LimitEnd afterDays(Instant start, int days) {
        return endingOn(day(start).plusDays(days));
    }

    /** A limit of {@code days} working days from an event at {@code start}. */
    public LimitEnd afterWorkingDays(Instant start, int days) {
        LocalDate current = day(start);
        boolean degraded = false;
        for (int left = days; left > 0; ) {
            current = current.plusDays(1);
            degraded |= !calendar.settles(current);
            if (calendar.isWorkingDay(current)) {
                left--;
            }
        }
        return new LimitEnd(current, endOf(current), degraded);
    }

    /**
     * The working days after the day of {@code start} up to and including {@code last} (none when {@code last} is not
     * after that day): the length in working days of a limit given as a due date, such as a hotline order's.
     */
    public int workingDaysUntil(Instant start, LocalDate last) {
        int days = 0;
        for (LocalDate current = day(start).plusDays(1); !current.isAfter(last); current = current.plusDays(1)) {
            if (calendar.isWorkingDay(current)) {
                days++;
            }
        }
        return days;
    }

    /** A running limit due at {@code dueAt} extended by {@code days} calendar days, counted from its last day. */
    public LimitEnd extended(Instant dueAt, int days) {
        return endingOn(lastDay(dueAt).plusDays(days));
    }

    /**
     * A running limit due at {@code dueAt} after a hearing from {@code startedAt} to {@code endedAt}: the hearing's
     * time does not count, so the last day moves by the days it lasted, a started day counted whole.
     */
    public LimitEnd afterHearing(Instant dueAt, Instant startedAt, Instant endedAt) {
        long millis = Duration.between(startedAt, endedAt).toMillis();
        long days = (millis + Duration.ofDays(1).toMillis() - 1) / Duration.ofDays(1).toMillis();
        return endingOn(lastDay(dueAt).plusDays(days));
    }

    /**
     * The last day of a limit that is due at {@code dueAt}: the day whose 24:00 it is, or for a due time set before
     * limits ended at midnight, the day it falls on.
     */
    public LocalDate lastDay(Instant dueAt) {
        return day(dueAt.minusNanos(1));
    }

    /** When a deadline due at {@code dueAt} puts its case on the "due soon" list; never before the limit started. */
    public Instant remindAt(Instant start, Instant dueAt) {
        Instant remind = dueAt.atZone(zone).minusDays(reminderDays).toInstant();
        return remind.isBefore(start) ? start : remind;
    }

    /** The window in which the unit a case was assigned to at {@code assignedAt} may object. */
    public LimitEnd objectionWindow(Instant assignedAt) {
        return afterWorkingDays(assignedAt, objectionWorkingDays);
    }

    /** The time by which each unit named in a dispatch at {@code dispatchedAt} signs for it: 24:00 of the last day. */
    public LimitEnd signForWindow(Instant dispatchedAt) {
        return afterWorkingDays(dispatchedAt, signForWorkingDays);
    }

    /**
     * Whether a review request at {@code now} comes within the window after a reply served at {@code repliedAt}: up
     * to 24:00 of the window's last day.
     */
    public boolean withinReviewWindow(Instant repliedAt, Instant now) {
        return now.isBefore(afterDays(repliedAt, reviewRequestDays).dueAt());
    }

    /** The most days a limit set today may reach ahead: the longest limit with its one extension. */
    public int horizonDays() {
        int longest = Math.max(Math.max(acceptanceDays, petitionHandlingDays), Math.max(disputeHandlingDays,
                Math.max(reviewDays, reviewRequestDays)));
        return longest + maxExtensionDays;
    }

    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The limit whose last day is {@code last}, or the first working day after it when it is a holiday or rest day. */
    private LimitEnd endingOn(LocalDate last) {
        LocalDate current = last;
        boolean degraded = !calendar.settles(current);
        while (!calendar.isWorkingDay(current)) {
            current = current.plusDays(1);
            degraded |= !calendar.settles(current);
        }
        return new LimitEnd(current, endOf(current), degraded);
    }

    /** 24:00 of {@code day} in the sub-district's time zone. */
    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
