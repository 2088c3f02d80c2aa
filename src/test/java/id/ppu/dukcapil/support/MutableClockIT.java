package id.ppu.dukcapil.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.ppu.dukcapil.outreach.OutreachPlanner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The test clock is the application's clock, and a day one test pins is gone in the next. */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MutableClockIT {

    @Autowired
    Clock clock;

    @Autowired
    MutableClock testClock;

    @Autowired
    OutreachPlanner planner;

    @Test
    @Order(1)
    void the_application_reads_the_day_a_test_pins() {
        assertThat(clock).isSameAs(testClock);
        testClock.pinToday(LocalDate.of(2031, 3, 21));

        assertThat(planner.today()).isEqualTo(LocalDate.of(2031, 3, 21));
    }

    @Test
    @Order(2)
    void the_next_test_starts_on_the_system_clock_again() {
        assertThat(testClock.isPinned()).isFalse();
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }
}
