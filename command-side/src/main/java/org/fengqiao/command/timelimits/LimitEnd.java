package org.fengqiao.command.timelimits;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a limit ends, as the policy counts it: its last day, the instant that day ends (24:00 in the sub-district's
 * time zone) and whether the holiday files left some day of the count unsettled, so that it was counted on weekdays
 * alone ({@link HolidayCalendar#settles}) and must be flagged.
 */
public record LimitEnd(LocalDate lastDay, Instant dueAt, boolean calendarDegraded) {
}
