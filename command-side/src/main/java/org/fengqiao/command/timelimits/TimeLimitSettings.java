package org.fengqiao.command.timelimits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy's settings ({@code fengqiao.time-limits.*}) and the one place their defaults are written (the laws they
 * come from are in docs/domain.md): a setting left out takes its default here, for the application and for
 * {@link TimeLimitPolicy#defaults} alike.
 *
 * @param acceptanceDays       days to decide whether a petition is accepted
 * @param petitionHandlingDays days to handle an accepted petition
 * @param disputeHandlingDays  days to mediate a dispute
 * @param maxExtensionDays     the longest of the one extension of a handling limit
 * @param reviewDays           days for a review or re-review opinion
 * @param reviewRequestDays    days after a reply within which review or re-review may be requested
 * @param objectionWorkingDays working days after an assignment within which the unit may object
 * @param reminderDays         days before a deadline that the case goes on the "due soon" list
 * @param highRiskPercent      a HIGH or CRITICAL case's limits as a percentage of the normal ones
 * @param checkInInterval      how often the leader who owns a high-risk case checks in
 * @param calendar             the holiday calendar files, one per year (Spring resource locations or patterns,
 *                             comma-separated)
 * @param signForWorkingDays   working days after a dispatch within which each unit named signs for it (签收)
 */
@ConfigurationProperties("fengqiao.time-limits")
public record TimeLimitSettings(
        Integer acceptanceDays,
        Integer petitionHandlingDays,
        Integer disputeHandlingDays,
        Integer maxExtensionDays,
        Integer reviewDays,
        Integer reviewRequestDays,
        Integer objectionWorkingDays,
        Integer reminderDays,
        Integer highRiskPercent,
        Duration checkInInterval,
        String calendar,
        Integer signForWorkingDays) {

    public TimeLimitSettings {
        acceptanceDays = positive(acceptanceDays, 15, "acceptance-days");
        petitionHandlingDays = positive(petitionHandlingDays, 60, "petition-handling-days");
        disputeHandlingDays = positive(disputeHandlingDays, 30, "dispute-handling-days");
        maxExtensionDays = positive(maxExtensionDays, 30, "max-extension-days");
        reviewDays = positive(reviewDays, 30, "review-days");
        reviewRequestDays = positive(reviewRequestDays, 30, "review-request-days");
        objectionWorkingDays = positive(objectionWorkingDays, 5, "objection-working-days");
        reminderDays = reminderDays == null ? 3 : reminderDays;
        highRiskPercent = positive(highRiskPercent, 50, "high-risk-percent");
        checkInInterval = checkInInterval == null ? Duration.ofHours(24) : checkInInterval;
        calendar = calendar == null ? "classpath*:calendar/cn-*.txt" : calendar;
        signForWorkingDays = positive(signForWorkingDays, 1, "sign-for-working-days");
        if (reminderDays < 0 || highRiskPercent > 100 || checkInInterval.isNegative() || checkInInterval.isZero()) {
            throw new IllegalArgumentException("fengqiao.time-limits: reminder-days >= 0, high-risk-percent <= 100 and"
                    + " a positive check-in-interval are required");
        }
    }

    /** Every setting at its default. */
    public static TimeLimitSettings defaults() {
        return new TimeLimitSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static int positive(Integer value, int fallback, String name) {
        int result = value == null ? fallback : value;
        if (result < 1) {
            throw new IllegalArgumentException("fengqiao.time-limits." + name + " must be at least 1");
        }
        return result;
    }
}
