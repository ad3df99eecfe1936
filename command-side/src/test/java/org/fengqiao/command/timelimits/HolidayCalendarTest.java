package org.fengqiao.command.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.fengqiao.command.cases.CaseFixtures;
import org.junit.jupiter.api.Test;

/** The holiday files: one per year with its source notice, and which days they settle. */
class HolidayCalendarTest {

    private final HolidayCalendar calendar = CaseFixtures.POLICY.calendar();

    @Test
    void the_2026_file_holds_exactly_the_days_of_the_state_council_notice_of_4_november_2025() {
        List<LocalDate> holidays = Stream.of(
                range("2026-01-01", "2026-01-03"), range("2026-02-15", "2026-02-23"),
                range("2026-04-04", "2026-04-06"), range("2026-05-01", "2026-05-05"),
                range("2026-06-19", "2026-06-21"), range("2026-09-25", "2026-09-27"),
                range("2026-10-01", "2026-10-07")).flatMap(List::stream).toList();
        List<LocalDate> makeUp = Stream.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
                "2026-10-10").map(LocalDate::parse).toList();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = makeUp.contains(day) || !holidays.contains(day) && !weekend;
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(working);
        }
        assertThat(calendar.sources()).containsOnlyKeys(2026);
        assertThat(calendar.sources().get(2026)).contains("2026年部分节假日安排").contains("4 November 2025");
    }

    @Test
    void a_year_settles_its_days_but_its_last_week_only_with_the_next_years_file() {
        assertThat(calendar.settles(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(calendar.settles(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(calendar.settles(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(calendar.settles(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendar.settles(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(calendar.firstUnsettled(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)))
                .contains(LocalDate.of(2026, 12, 25));

        HolidayCalendar withNextYear = new HolidayCalendar(List.of(year2026(), HolidayCalendar.read(new StringReader("""
                YEAR 2027
                SOURCE a notice for 2027
                2026-12-31 HOLIDAY New Year, moved
                2027-01-01 HOLIDAY New Year
                """))));
        assertThat(withNextYear.settles(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(withNextYear.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(withNextYear.settles(LocalDate.of(2027, 12, 25))).isFalse();
    }

    @Test
    void a_day_no_file_settles_counts_by_its_weekday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("a Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("a Saturday").isFalse();
    }

    @Test
    void a_file_names_its_year_and_its_source() {
        assertThatThrownBy(() -> HolidayCalendar.read(new StringReader("SOURCE a notice\n2026-01-01 HOLIDAY")))
                .hasMessageContaining("YEAR");
        assertThatThrownBy(() -> HolidayCalendar.read(new StringReader("YEAR 2026\n2026-01-01 HOLIDAY")))
                .hasMessageContaining("SOURCE");
    }

    @Test
    void rejects_days_outside_the_year_weekday_make_up_days_and_a_second_file_for_a_year() {
        assertThatThrownBy(() -> read("2027-01-01 HOLIDAY")).hasMessageContaining("outside the year");
        assertThatThrownBy(() -> read("2025-12-24 HOLIDAY")).hasMessageContaining("outside the year");
        assertThatThrownBy(() -> read("2026-07-01 WORKDAY")).hasMessageContaining("weekday");
        assertThatThrownBy(() -> read("2026-01-01 FEAST")).hasMessageContaining("line 3");
        assertThatThrownBy(() -> read("2026-01-01 HOLIDAY\n2026-01-01 HOLIDAY")).hasMessageContaining("twice");
        assertThatThrownBy(() -> new HolidayCalendar(List.of(year2026(), read("2026-01-01 HOLIDAY"))))
                .hasMessageContaining("two holiday calendars for 2026");
    }

    private static HolidayCalendar.Year read(String days) {
        return HolidayCalendar.read(new StringReader("YEAR 2026\nSOURCE a notice\n" + days));
    }

    private static HolidayCalendar.Year year2026() {
        return read("2026-01-01 HOLIDAY New Year");
    }

    private static List<LocalDate> range(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
    }
}
