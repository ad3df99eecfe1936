package org.fengqiao.command.timelimits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.Level;
import org.fengqiao.cases.common.TimeLimit;

/**
 * How long each time limit runs, when the reminder comes, how far a missed limit escalates and how much shorter the
 * limits of a high-risk case are. Days are calendar days counted in the sub-district's time zone (a limit of 15 days
 * from 10:00 on 1 July is due at 10:00 on 16 July there), except the objection window, in working days of the
 * {@link HolidayCalendar}. The aggregates read it when they set a deadline and record the result in the event, so a
 * changed policy applies to deadlines set from then on, never to history.
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
        Level escalationCeiling,
        HolidayCalendar calendar) {

    /** The policy of these settings, counted in {@code zone}, with the given calendar. */
    public static TimeLimitPolicy of(TimeLimitSettings s, ZoneId zone, HolidayCalendar calendar) {
        return new TimeLimitPolicy(zone, s.acceptanceDays(), s.petitionHandlingDays(), s.disputeHandlingDays(),
                s.maxExtensionDays(), s.reviewDays(), s.reviewRequestDays(), s.objectionWorkingDays(),
                s.reminderDays(), s.highRiskPercent(), s.checkInInterval(), s.escalationCeiling(), calendar);
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
        };
        return highRisk ? shortened(days) : days;
    }

    /** A high-risk case's limit: the policy's share of the normal one, at least one day. */
    public int shortened(int days) {
        return Math.max(1, days * highRiskPercent / 100);
    }

    /** {@code days} calendar days after {@code start}, in the sub-district's time zone. */
    public Instant plusDays(Instant start, int days) {
        return start.atZone(zone).plusDays(days).toInstant();
    }

    /** When a deadline due at {@code dueAt} puts its case on the "due soon" list; never before the limit started. */
    public Instant remindAt(Instant start, Instant dueAt) {
        Instant remind = dueAt.atZone(zone).minusDays(reminderDays).toInstant();
        return remind.isBefore(start) ? start : remind;
    }

    /** The last day on which the unit a case was assigned to at {@code assignedAt} may object. */
    public LocalDate lastObjectionDay(Instant assignedAt) {
        return calendar.plusWorkingDays(day(assignedAt), objectionWorkingDays);
    }

    /** Whether a review request at {@code now} comes within the window after a reply served at {@code repliedAt}. */
    public boolean withinReviewWindow(Instant repliedAt, Instant now) {
        return !now.isAfter(plusDays(repliedAt, reviewRequestDays));
    }

    /** The level a missed limit escalates a case to: one up, but not above the ceiling (矛盾不上交). */
    public Level escalationAfterMiss(Level current) {
        if (current == null || !escalationCeiling.isAbove(current)) {
            return null;
        }
        return current.next();
    }

    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
