package org.fengqiao.command.timelimits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days of the sub-district: Monday to Friday, except public holidays, plus the make-up working days
 * (调休) that fall on a weekend. Reference data read from a replaceable file ({@code fengqiao.time-limits.calendar},
 * one line per day: {@code 2026-10-01 HOLIDAY National Day} or {@code 2026-10-10 WORKDAY make-up}; {@code #} starts
 * a comment), because the State Council announces the days anew each year.
 */
public final class HolidayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    public HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    /** Reads the file format described on the class. */
    public static HolidayCalendar read(Reader source) {
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
                if (parts.length < 2) {
                    throw new IllegalArgumentException("calendar line " + number + ": expected '<date> HOLIDAY|WORKDAY'");
                }
                LocalDate day = LocalDate.parse(parts[0]);
                switch (parts[1]) {
                    case "HOLIDAY" -> holidays.add(day);
                    case "WORKDAY" -> workdays.add(day);
                    default -> throw new IllegalArgumentException(
                            "calendar line " + number + ": " + parts[1] + " is neither HOLIDAY nor WORKDAY");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidayCalendar(holidays, workdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The {@code count}-th working day after {@code day} (the day itself does not count). */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        LocalDate current = day;
        int left = count;
        while (left > 0) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }
}
