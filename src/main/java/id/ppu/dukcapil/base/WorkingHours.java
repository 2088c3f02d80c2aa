package id.ppu.dukcapil.base;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The office's working time: its opening hours (WITA) on its working days ({@link OfficeCalendar}:
 * Monday to Friday without public holidays). How long a resident waited for an answer is measured
 * in it: time outside the opening hours, at weekends and on holidays counts for nothing, so a
 * message written on Friday evening starts counting when the office opens on Monday.
 *
 * <p>The defaults are the office hours told to residents ({@code OFFICE_HOURS}, "Senin-Jumat
 * 08.00-15.00 WITA"); {@code app.office-hours.opens} and {@code .closes} set others.
 */
public final class WorkingHours {

    public static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 0);
    public static final LocalTime DEFAULT_CLOSES = LocalTime.of(15, 0);

    /** How far {@link #plus} looks for working time before it gives up (a calendar of nothing but holidays). */
    private static final int MAX_DAYS = 3660;

    private final OfficeCalendar calendar;
    private final LocalTime opens;
    private final LocalTime closes;

    public WorkingHours(OfficeCalendar calendar, LocalTime opens, LocalTime closes) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.opens = Objects.requireNonNull(opens, "opens");
        this.closes = Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("The office must open before it closes, got " + opens + "-" + closes);
        }
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    /** The working time of one working day (opening to closing). */
    public Duration workingDay() {
        return Duration.between(opens, closes);
    }

    /** The working time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate last = to.atZone(Wita.ZONE).toLocalDate();
        Duration total = Duration.ZERO;
        for (LocalDate day = from.atZone(Wita.ZONE).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            Instant start = latest(open(day), from);
            Instant end = earliest(close(day), to);
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * The moment at which {@code amount} of working time has passed since {@code from}: with zero,
     * {@code from} itself during opening hours, else the next opening.
     */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        Duration left = amount;
        Instant moment = from;
        LocalDate day = from.atZone(Wita.ZONE).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            Instant start = latest(open(day), moment);
            Instant close = close(day);
            if (start.isBefore(close)) {
                Duration available = Duration.between(start, close);
                if (left.compareTo(available) < 0 || (left.equals(available) && !left.isZero())) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + from);
    }

    private Instant open(LocalDate day) {
        return day.atTime(opens).atZone(Wita.ZONE).toInstant();
    }

    private Instant close(LocalDate day) {
        return day.atTime(closes).atZone(Wita.ZONE).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
