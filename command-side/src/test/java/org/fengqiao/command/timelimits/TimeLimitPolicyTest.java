package org.fengqiao.command.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.fengqiao.command.cases.CaseFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting as the law counts (民法典 Arts. 201-203) over real dates of the 2026 calendar: from the day after the event,
 * to 24:00 of the last day in Asia/Shanghai, a last day that is a holiday or rest day rolling to the next working day,
 * working days skipping holidays and counting make-up days, and a count into days no holiday file settles flagged.
 */
class TimeLimitPolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final TimeLimitPolicy policy = CaseFixtures.POLICY;

    /** {@code time} on {@code day} in Shanghai. */
    private static Instant at(String day, String time) {
        return LocalDateTime.parse(day + "T" + time).atZone(SHANGHAI).toInstant();
    }

    /** 24:00 of {@code day} in Shanghai. */
    private static Instant endOf(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    @Nested
    class CalendarDays {

        @ParameterizedTest(name = "{1} days from {0} {2}: last day {3} ({4})")
        @CsvSource(delimiter = '|', textBlock = """
                2026-09-30 | 15 | 10:00 | 2026-10-15 | false | National Day inside the period counts; 15 Oct is a Thursday
                2026-09-30 | 15 | 23:59 | 2026-10-15 | false | the event's clock time does not matter
                2026-10-01 | 15 | 00:30 | 2026-10-16 | false | after midnight in Shanghai (30 Sep in UTC): the next day
                2026-04-16 | 15 | 10:00 | 2026-05-06 | false | ends on 1 May: rolls over the Labour Day holiday to 6 May
                2026-09-16 | 15 | 10:00 | 2026-10-08 | false | ends on 1 Oct: rolls over National Day to Thursday 8 Oct
                2026-10-02 | 15 | 10:00 | 2026-10-19 | false | ends on Saturday 17 Oct, a rest day: rolls to Monday
                2026-01-29 | 30 | 10:00 | 2026-02-28 | false | ends on Saturday 28 Feb, a make-up working day: stays
                2026-02-04 | 10 | 10:00 | 2026-02-14 | false | ends on Saturday 14 Feb, a make-up working day: stays
                2026-04-24 | 15 | 10:00 | 2026-05-09 | false | ends on Saturday 9 May, a make-up working day: stays
                2026-09-05 | 15 | 10:00 | 2026-09-20 | false | ends on Sunday 20 Sep, a make-up working day: stays
                2026-09-25 | 15 | 10:00 | 2026-10-10 | false | ends on Saturday 10 Oct, a make-up working day: stays
                2025-12-13 | 20 | 10:00 | 2026-01-04 | false | ends on 2 Jan: rolls to Sunday 4 Jan, a make-up working day
                2026-07-01 | 60 | 10:00 | 2026-08-31 | false | ends on Sunday 30 Aug: rolls to Monday
                2026-12-10 | 15 | 10:00 | 2026-12-25 | true  | ends in the last week of 2026, which the 2027 notice may move
                2026-12-03 | 60 | 10:00 | 2027-02-01 | true  | ends in 2027, which has no file: weekdays only, flagged
                """)
        void ends_at_24_00_of_the_last_day_rolled_past_holidays_and_rest_days(String from, int days, String time,
                String lastDay, boolean degraded, String why) {
            LimitEnd end = policy.afterDays(at(from, time), days);

            assertThat(end.lastDay()).as(why).isEqualTo(LocalDate.parse(lastDay));
            assertThat(end.dueAt()).as(why).isEqualTo(endOf(lastDay));
            assertThat(end.calendarDegraded()).as(why).isEqualTo(degraded);
        }

        @Test
        void fifteen_days_from_30_september_2026_end_at_24_00_on_15_october_which_is_16_00_utc() {
            assertThat(policy.afterDays(at("2026-09-30", "16:45"), 15).dueAt())
                    .isEqualTo(Instant.parse("2026-10-15T16:00:00Z"));
        }
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{1} working days from {0}: last day {2} ({3})")
        @CsvSource(delimiter = '|', textBlock = """
                2026-12-24 | 5 | 2026-12-31 | true  | 25, 28, 29, 30, 31 Dec: the 2027 notice may rearrange them, flagged
                2026-09-30 | 5 | 2026-10-13 | false | 8 Oct, 9, Saturday 10 (make-up), 12, 13
                2026-02-12 | 5 | 2026-02-26 | false | 13 Feb, Saturday 14 (make-up), then 24, 25, 26 after Spring Festival
                2026-02-24 | 5 | 2026-03-02 | false | 25, 26, 27, Saturday 28 Feb (make-up), Monday 2 Mar
                2025-12-31 | 1 | 2026-01-04 | false | 1-3 Jan holidays, Sunday 4 Jan a make-up working day
                2026-04-30 | 5 | 2026-05-11 | false | 1-5 May holidays: 6, 7, 8, Saturday 9 (make-up), 11
                2026-09-18 | 1 | 2026-09-20 | false | Saturday 19 a rest day, Sunday 20 a make-up working day
                2027-01-04 | 5 | 2027-01-11 | true  | no 2027 file: weekdays only, flagged
                """)
        void skip_holidays_and_rest_days_and_count_make_up_working_days(String from, int days, String lastDay,
                boolean degraded, String why) {
            LimitEnd end = policy.afterWorkingDays(at(from, "10:00"), days);

            assertThat(end.lastDay()).as(why).isEqualTo(LocalDate.parse(lastDay));
            assertThat(end.dueAt()).as(why).isEqualTo(endOf(lastDay));
            assertThat(end.calendarDegraded()).as(why).isEqualTo(degraded);
        }

        @Test
        void the_objection_window_is_5_working_days() {
            assertThat(policy.objectionWindow(at("2026-12-24", "09:00")))
                    .isEqualTo(new LimitEnd(LocalDate.of(2026, 12, 31), endOf("2026-12-31"), true));
            assertThat(policy.objectionWindow(at("2026-07-01", "10:00")))
                    .isEqualTo(new LimitEnd(LocalDate.of(2026, 7, 8), endOf("2026-07-08"), false));
        }
    }

    @Nested
    class Extension {

        @Test
        void counts_from_the_last_day_of_the_running_limit_and_rolls_like_any_limit() {
            assertThat(policy.extended(endOf("2026-05-06"), 30))
                    .isEqualTo(new LimitEnd(LocalDate.of(2026, 6, 5), endOf("2026-06-05"), false));
            assertThat(policy.extended(endOf("2026-09-06"), 25))
                    .as("ends on 1 Oct, rolls to 8 Oct")
                    .isEqualTo(new LimitEnd(LocalDate.of(2026, 10, 8), endOf("2026-10-08"), false));
        }

        @Test
        void a_due_time_stored_before_limits_ended_at_midnight_counts_from_the_day_it_falls_on() {
            assertThat(policy.extended(at("2026-08-30", "10:00"), 10).dueAt()).isEqualTo(endOf("2026-09-09"));
        }
    }

    @Nested
    class Hearing {

        @Test
        void moves_the_last_day_by_the_days_the_hearing_lasted_a_started_day_whole() {
            assertThat(policy.afterHearing(endOf("2026-08-31"), at("2026-07-01", "10:00"), at("2026-07-11", "10:00"))
                    .dueAt()).isEqualTo(endOf("2026-09-10"));
            assertThat(policy.afterHearing(endOf("2026-08-31"), at("2026-07-01", "10:00"), at("2026-07-01", "12:00"))
                    .dueAt()).isEqualTo(endOf("2026-09-01"));
        }
    }

    @Nested
    class ReviewWindow {

        @Test
        void runs_to_24_00_of_its_last_day_rolled_past_national_day() {
            // a reply on 1 Sep: the 30th day is 1 Oct, a holiday, so the window runs to 24:00 on Thursday 8 Oct
            Instant replied = at("2026-09-01", "10:00");
            assertThat(policy.withinReviewWindow(replied, at("2026-10-08", "23:59"))).isTrue();
            assertThat(policy.withinReviewWindow(replied, at("2026-10-09", "00:00"))).isFalse();
        }
    }
}
