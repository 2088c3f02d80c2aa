package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void the_wait_doubles_after_each_failed_attempt() {
        assertThat(IntStream.rangeClosed(1, 7)
                        .mapToObj(n -> backoff.delay(n, null).toSeconds())
                        .toList())
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L);
    }

    @Test
    void the_wait_never_exceeds_the_longest_wait_even_after_very_many_attempts() {
        assertThat(backoff.delay(8, null)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delay(Integer.MAX_VALUE, null)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_rate_limits_retry_after_is_honoured_when_it_asks_for_longer_but_not_beyond_the_longest_wait() {
        assertThat(backoff.delay(1, Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delay(3, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delay(1, Duration.ofDays(2))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_delay_follows_a_failed_attempt_and_the_waits_must_make_sense() {
        assertThatThrownBy(() -> backoff.delay(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
