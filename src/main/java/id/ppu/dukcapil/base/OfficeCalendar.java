package id.ppu.dukcapil.base;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The office's working days: Monday to Friday in WITA, except public holidays. Service standards
 * are counted in these days.
 *
 * <p>Counting rule: the day of submission is day zero; a standard of N working days is due at the
 * end of the N-th working day after it. While a case waits for the resident the clock stops: a
 * working day is charged to the office only if it begins (00:00 WITA) with the case in the office's
 * hands, and each working day that begins while the case waits moves the due date on by one
 * working day.
 */
public final class OfficeCalendar {

    /** A stretch of time in which a case waited for the resident; {@code to} is null while it still waits. */
    public record Pause(Instant from, Instant to) {
        public Pause {
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("a pause cannot end before it starts");
            }
        }

        /** Whether the case was waiting at the given moment (a pause ending at that moment no longer counts). */
        boolean covers(Instant moment) {
            return !moment.isBefore(from) && (to == null || moment.isBefore(to));
        }
    }

    private final Set<LocalDate> holidays;

    public OfficeCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code days}-th working day after {@code start} ({@code start} itself when {@code days} is 0). */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day on which a case submitted at {@code submitted} meets a standard of {@code standardDays}
     * working days, given the pauses known so far. An open pause stops the clock: the due date then
     * assumes the case resumes on the next working day after {@code today}.
     */
    public LocalDate dueDate(Instant submitted, int standardDays, List<Pause> pauses, LocalDate today) {
        LocalDate start = submitted.atZone(Wita.ZONE).toLocalDate();
        LocalDate day = start;
        int charged = 0;
        while (charged < standardDays) {
            day = day.plusDays(1);
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant dayBegins = day.atStartOfDay(Wita.ZONE).toInstant();
            LocalDate candidate = day;
            boolean waiting =
                    pauses.stream().anyMatch(p -> p.covers(dayBegins) && (p.to() != null || !candidate.isAfter(today)));
            if (!waiting) {
                charged++;
            }
        }
        return day;
    }

    /** Working days charged to the office from submission until {@code until} (the day of completion, say). */
    public int chargedWorkingDays(Instant submitted, List<Pause> pauses, LocalDate until) {
        LocalDate start = submitted.atZone(Wita.ZONE).toLocalDate();
        int charged = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant dayBegins = day.atStartOfDay(Wita.ZONE).toInstant();
            if (pauses.stream().noneMatch(p -> p.covers(dayBegins))) {
                charged++;
            }
        }
        return charged;
    }
}
