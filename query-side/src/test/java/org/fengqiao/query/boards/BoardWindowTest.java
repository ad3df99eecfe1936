package org.fengqiao.query.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BoardWindowTest {

    private final BoardSettings settings =
            BoardSettings.defaults(Clock.fixed(BoardFixture.NOW, ZoneOffset.UTC));

    @Test
    void defaults_to_the_last_30_calendar_days_including_today() {
        BoardWindow window = BoardWindow.of(null, null, settings);

        assertThat(window.firstDay()).isEqualTo(LocalDate.parse("2026-06-16"));
        assertThat(window.lastDay()).isEqualTo(LocalDate.parse("2026-07-15"));
        assertThat(window.days()).hasSize(30);
        assertThat(window.from()).isEqualTo(Instant.parse("2026-06-15T16:00:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-07-15T16:00:00Z"));
    }

    @Test
    void widens_to_whole_days_in_the_boards_time_zone_and_excludes_a_day_that_to_starts() {
        BoardWindow window = BoardWindow.of(Instant.parse("2026-07-01T01:00:00Z"),
                Instant.parse("2026-07-04T16:00:00Z"), settings);

        assertThat(window.firstDay()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(window.lastDay()).isEqualTo(LocalDate.parse("2026-07-04"));
    }

    @Test
    void rejects_a_window_whose_start_is_not_before_its_end() {
        Instant t = Instant.parse("2026-07-01T00:00:00Z");
        assertThatThrownBy(() -> BoardWindow.of(t, t, settings))
                .isInstanceOf(BoardWindow.InvalidWindowException.class);
        assertThatThrownBy(() -> BoardWindow.of(Instant.parse("2026-08-01T00:00:00Z"), null, settings))
                .isInstanceOf(BoardWindow.InvalidWindowException.class);
    }

    @Test
    void accepts_400_days_and_rejects_401() {
        Instant to = Instant.parse("2026-07-15T16:00:00Z");
        assertThat(BoardWindow.of(to.minus(java.time.Duration.ofDays(400)), to, settings).days()).hasSize(400);
        assertThatThrownBy(() -> BoardWindow.of(to.minus(java.time.Duration.ofDays(401)), to, settings))
                .isInstanceOf(BoardWindow.InvalidWindowException.class)
                .hasMessageContaining("401 days");
    }
}
