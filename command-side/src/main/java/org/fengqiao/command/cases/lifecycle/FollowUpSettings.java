package org.fengqiao.command.cases.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the follow-up visit (回访) after a closure is due ({@code fengqiao.follow-up.*}), in calendar days after the
 * closure, counted as time limits are (the last day ends at 24:00 and gives way to the next working day).
 *
 * @param days         for a case closed at LOW or MEDIUM risk (15)
 * @param highRiskDays for a case closed at HIGH or CRITICAL risk (7)
 */
@ConfigurationProperties("fengqiao.follow-up")
public record FollowUpSettings(Integer days, Integer highRiskDays) {

    public FollowUpSettings {
        days = days == null ? 15 : days;
        highRiskDays = highRiskDays == null ? 7 : highRiskDays;
        if (days < 1 || highRiskDays < 1) {
            throw new IllegalArgumentException("fengqiao.follow-up: days and high-risk-days must be at least 1");
        }
    }

    /** Every setting at its default. */
    public static FollowUpSettings defaults() {
        return new FollowUpSettings(null, null);
    }

    /** The days within which a case closed at this risk is followed up. */
    public int days(boolean highRisk) {
        return highRisk ? highRiskDays : days;
    }
}
