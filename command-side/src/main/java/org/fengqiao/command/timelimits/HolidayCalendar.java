package org.fengqiao.command.timelimits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Working days of the sub-district: Monday to Friday, except statutory holidays, plus the make-up working days
 * (调休上班) that fall on a weekend. Reference data, one file per year, because the State Council announces the days
 * anew each year; each file names the notice it was checked against.
 *
 * <p>A year's file settles the days of that year, except the last week of December ({@link #NEW_YEAR_WINDOW}
 * onwards): the next year's notice may move those into its New Year holiday or make them make-up days (the 2019
 * notice did both to 29 and 31 December 2018), so they are settled only once the next year's file is there too. A day
 * that is not settled counts as a weekday or a weekend day, and whoever counts with it is told ({@link #settles}), so
 * that a limit counted that way is flagged, never silently guessed.
 */
public final class HolidayCalendar {

    /** The first day of the last week of December, which the following year's notice may rearrange. */
    public static final MonthDay NEW_YEAR_WINDOW = MonthDay.of(12, 25);

    private final SortedMap<Integer, Year> years;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workdays = new HashSet<>();

    /**
     * One year's file: its year, the notice it follows, its holidays and make-up working days.
     *
     * @param source the notice the days were checked against, e.g. the State Council General Office's notice of
     *               4 November 2025 on the 2026 holidays
     */
    public record Year(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {

        public Year {
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("calendar " + year + ": the SOURCE notice is required");
            }
            holidays = Set.copyOf(holidays);
            workdays = Set.copyOf(workdays);
            for (LocalDate day : holidays) {
                requireWithin(year, day);
                if (workdays.contains(day)) {
                    throw new IllegalArgumentException("calendar " + year + ": " + day + " is both HOLIDAY and WORKDAY");
                }
            }
            for (LocalDate day : workdays) {
                requireWithin(year, day);
                if (!isWeekend(day)) {
                    throw new IllegalArgumentException("calendar " + year + ": make-up day " + day
                            + " is a weekday, which is a working day anyway");
                }
            }
        }

        /** A year's notice names days of its year and, for its New Year holiday, of the previous year's last week. */
        private static void requireWithin(int year, LocalDate day) {
            boolean lastWeekBefore = day.getYear() == year - 1 && !MonthDay.from(day).isBefore(NEW_YEAR_WINDOW);
            if (day.getYear() != year && !lastWeekBefore) {
                throw new IllegalArgumentException("calendar " + year + ": " + day + " lies outside the year");
            }
        }
    }

    /** A calendar of these years; two files for one year are an error. */
    public HolidayCalendar(Collection<Year> years) {
        TreeMap<Integer, Year> byYear = new TreeMap<>();
        for (Year year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("two holiday calendars for " + year.year());
            }
            holidays.addAll(year.holidays());
            workdays.addAll(year.workdays());
        }
        this.years = Collections.unmodifiableSortedMap(byYear);
    }

    /**
     * Reads one year's file: a {@code YEAR 2026} line, a {@code SOURCE <the notice>} line, then one line per day,
     * {@code 2026-10-01 HOLIDAY National Day} or {@code 2026-10-10 WORKDAY make-up}; {@code #} starts a comment.
     */
    public static Year read(Reader source) {
        Integer year = null;
        String notice = null;
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+", 3);
                if (parts[0].equals("YEAR") && parts.length >= 2) {
                    year = Integer.valueOf(parts[1]);
                    continue;
                }
                if (parts[0].equals("SOURCE")) {
                    notice = text.substring("SOURCE".length()).strip();
                    continue;
                }
                if (parts.length < 2) {
                    throw new IllegalArgumentException("calendar line " + number + ": expected '<date> HOLIDAY|WORKDAY'");
                }
                LocalDate day = LocalDate.parse(parts[0]);
                Set<LocalDate> kind = switch (parts[1]) {
                    case "HOLIDAY" -> holidays;
                    case "WORKDAY" -> workdays;
                    default -> throw new IllegalArgumentException(
                            "calendar line " + number + ": " + parts[1] + " is neither HOLIDAY nor WORKDAY");
                };
                if (!kind.add(day)) {
                    throw new IllegalArgumentException("calendar line " + number + ": " + day + " listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (year == null) {
            throw new IllegalArgumentException("calendar: the YEAR line is missing");
        }
        return new Year(year, notice, holidays, workdays);
    }

    /**
     * Whether the files settle {@code day}: its year's file is there and, in the last week of December, the next
     * year's as well.
     */
    public boolean settles(LocalDate day) {
        boolean lastWeek = !MonthDay.from(day).isBefore(NEW_YEAR_WINDOW);
        return years.containsKey(day.getYear()) && (!lastWeek || years.containsKey(day.getYear() + 1));
    }

    /** The first day from {@code from} to {@code to} (both included) that the files do not settle, if any. */
    public Optional<LocalDate> firstUnsettled(LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!settles(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** A working day by the files; a day they do not settle, by its weekday alone. */
    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && !isWeekend(day);
    }

    /** The notice each year's file follows, by year. */
    public SortedMap<Integer, String> sources() {
        TreeMap<Integer, String> sources = new TreeMap<>();
        years.forEach((year, file) -> sources.put(year, file.source()));
        return sources;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
