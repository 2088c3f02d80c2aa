package id.ppu.dukcapil.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.ppu.dukcapil.base.Wita;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void an_unpinned_clock_follows_the_system_clock() {
        assertThat(clock.isPinned()).isFalse();
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    }

    @Test
    void a_pinned_day_is_today_in_wita_at_ten_and_the_clock_stands_still() {
        LocalDate day = clock.pinToday(LocalDate.of(2026, 3, 10));

        assertThat(day).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(clock.instant())
                .isEqualTo(Instant.parse("2026-03-10T02:00:00Z"))
                .isEqualTo(clock.instant());
        assertThat(LocalDateTime.now(clock.withZone(Wita.ZONE))).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 0));
    }

    @Test
    void a_view_in_another_zone_reads_a_pin_set_after_it_was_taken() {
        Clock wita = clock.withZone(Wita.ZONE);

        clock.pinToday(LocalDate.of(2031, 1, 1));
        assertThat(LocalDate.now(wita)).isEqualTo(LocalDate.of(2031, 1, 1));
        clock.advance(Duration.ofDays(1));
        assertThat(LocalDate.now(wita)).isEqualTo(LocalDate.of(2031, 1, 2));
        clock.unpin();
        assertThat(wita.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    }
}
