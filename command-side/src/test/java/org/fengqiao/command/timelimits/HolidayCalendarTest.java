package org.fengqiao.command.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.fengqiao.command.cases.CaseFixtures;
import org.junit.jupiter.api.Test;

/** Working days from the sample 2026 calendar: weekdays, minus public holidays, plus make-up working days. */
class HolidayCalendarTest {

    private final HolidayCalendar calendar = CaseFixtures.POLICY.calendar();

    @Test
    void a_make_up_saturday_is_a_working_day_and_a_holiday_monday_is_not() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 21))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 1))).isTrue();
    }

    @Test
    void five_working_days_after_the_eve_of_national_day_skip_the_golden_week_and_count_the_make_up_saturday() {
        // 8 Oct (Thu), 9 (Fri), 10 (Sat, make-up), 12 (Mon), 13 (Tue)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void rejects_a_line_that_is_neither_holiday_nor_workday() {
        assertThatThrownBy(() -> HolidayCalendar.read(new StringReader("2026-01-01 FEAST")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }
}
