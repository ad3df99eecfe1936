package org.fengqiao.query.boards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The effective window of a board query: whole calendar days from {@code firstDay} to {@code lastDay}, both included,
 * in the boards' time zone. See {@link org.fengqiao.boards.FindBoard} for how a requested window becomes one.
 */
record BoardWindow(LocalDate firstDay, LocalDate lastDay, Instant from, Instant to) {

    /**
     * @throws InvalidWindowException when {@code from} is not before {@code to} or the window is longer than allowed
     */
    static BoardWindow of(Instant from, Instant to, BoardSettings settings) {
        LocalDate today = settings.dayOf(settings.now());
        LocalDate last;
        LocalDate first;
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidWindowException("from", "from must be before to");
        }
        last = to == null ? today : settings.dayOf(to.minusNanos(1));
        first = from == null ? last.minusDays(settings.defaultWindowDays() - 1L) : settings.dayOf(from);
        if (first.isAfter(last)) {
            throw new InvalidWindowException("from", "from must be before to");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > settings.maxWindowDays()) {
            throw new InvalidWindowException("to",
                    "the window spans " + days + " days; at most " + settings.maxWindowDays() + " are allowed");
        }
        return new BoardWindow(first, last, settings.startOf(first), settings.startOf(last.plusDays(1)));
    }

    List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** A requested window that cannot be served; the HTTP layer answers 400. */
    static final class InvalidWindowException extends IllegalArgumentException {

        private final String field;

        InvalidWindowException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
