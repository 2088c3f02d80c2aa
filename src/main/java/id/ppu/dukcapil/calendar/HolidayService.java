package id.ppu.dukcapil.calendar;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's public holidays, one list for every feature: the outreach planner skips them and
 * the service standards count working days without them ({@link #officeCalendar()}).
 */
@Service
public class HolidayService {

    /** The longest holiday name. */
    public static final int MAX_NAME = 100;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    HolidayService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Holidays from {@code from} to {@code to} inclusive, in date order. */
    @Transactional(readOnly = true)
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, name from public_holiday where day between :from and :to order by day")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, i) -> new Holiday(rs.getDate("day").toLocalDate(), rs.getString("name")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Holiday> holiday(LocalDate day) {
        return jdbc.sql("select day, name from public_holiday where day = :day")
                .param("day", Date.valueOf(day))
                .query((rs, i) -> new Holiday(rs.getDate("day").toLocalDate(), rs.getString("name")))
                .optional();
    }

    /** Enters a public holiday (again: renames it); recorded in the audit trail with the caller's transaction. */
    @Transactional
    @PreAuthorize("hasAnyRole('PERENCANA', 'ADMIN')")
    public void add(LocalDate day, String name) {
        Objects.requireNonNull(day, "day");
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("a holiday needs a name of 1 to " + MAX_NAME + " characters");
        }
        jdbc.sql(
                        "insert into public_holiday (day, name) values (:day, :name) on conflict (day) do update set name = excluded.name")
                .param("day", Date.valueOf(day))
                .param("name", name.strip())
                .update();
        audit.change(AuditKind.HOLIDAY_ADDED, DAY.format(day), name.strip());
    }

    /** Removes a holiday; only one that was there is recorded as removed. */
    @Transactional
    @PreAuthorize("hasAnyRole('PERENCANA', 'ADMIN')")
    public void remove(LocalDate day) {
        holiday(day).ifPresent(h -> {
            jdbc.sql("delete from public_holiday where day = :day")
                    .param("day", Date.valueOf(day))
                    .update();
            audit.change(AuditKind.HOLIDAY_REMOVED, DAY.format(day), h.name());
        });
    }

    /** The office calendar with today's list of holidays. */
    @Transactional(readOnly = true)
    public OfficeCalendar officeCalendar() {
        return officeCalendar(jdbc);
    }

    /**
     * The office calendar read through {@code jdbc}: for code that runs before the application
     * context exists (a Java migration's backfill).
     */
    public static OfficeCalendar officeCalendar(JdbcClient jdbc) {
        Set<LocalDate> days = new HashSet<>(jdbc.sql("select day from public_holiday")
                .query((rs, i) -> rs.getDate("day").toLocalDate())
                .list());
        return new OfficeCalendar(days);
    }
}
