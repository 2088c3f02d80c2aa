package id.ppu.dukcapil.support;

import id.ppu.dukcapil.base.Wita;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's {@link Clock} in every Spring test context (see {@link TestClockConfiguration}):
 * it follows the system clock until a test pins it, so that "today" is a date the test chose and
 * not the day the suite happens to run. The pin is undone after each test method
 * ({@link TestClockReset}); pin it in {@code @BeforeEach} or in the test itself.
 * Views of it in other zones ({@code clock.withZone(Wita.ZONE)}, as the services take them)
 * read the same pin.
 */
public final class MutableClock extends Clock {

    /** The time of day a pinned date starts at, in WITA: office hours, far from midnight in any zone the code uses. */
    public static final LocalTime PINNED_TIME = LocalTime.of(10, 0);

    private final AtomicReference<Instant> pinned;
    private final ZoneId zone;

    /** A clock in UTC, as the application's, following the system clock. */
    public MutableClock() {
        this(new AtomicReference<>(), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> pinned, ZoneId zone) {
        this.pinned = pinned;
        this.zone = zone;
    }

    /** Stops the clock at {@code instant}. */
    public void pinAt(Instant instant) {
        pinned.set(instant);
    }

    /** Stops the clock on {@code day} at {@link #PINNED_TIME} WITA, and returns that day. */
    public LocalDate pinToday(LocalDate day) {
        pinAt(day.atTime(PINNED_TIME).atZone(Wita.ZONE).toInstant());
        return day;
    }

    /** Moves a pinned clock on by {@code amount} (pins it at the system time first if it was not pinned). */
    public void advance(Duration amount) {
        pinned.updateAndGet(p -> (p == null ? Instant.now() : p).plus(amount));
    }

    /** Follows the system clock again. */
    public void unpin() {
        pinned.set(null);
    }

    /** Whether a test pinned the clock. */
    public boolean isPinned() {
        return pinned.get() != null;
    }

    @Override
    public Instant instant() {
        Instant p = pinned.get();
        return p != null ? p : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new MutableClock(pinned, newZone);
    }
}
