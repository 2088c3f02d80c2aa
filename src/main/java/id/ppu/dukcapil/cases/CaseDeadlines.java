package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.calendar.HolidayService;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's stored due date, wait and working days ({@link Deadline}) in step with its
 * history. Writers call {@link #refresh} in the transaction of the change, after its history
 * entry; it recomputes the touched cases set-based (two reads and one update per call, whatever
 * the number of cases), so a 100,000-row import costs three statements.
 */
@Component
public final class CaseDeadlines {

    private static final int BACKFILL_BATCH = 20_000;

    private final JdbcClient jdbc;
    private final Supplier<OfficeCalendar> calendar;
    private final Clock clock;

    @Autowired
    CaseDeadlines(JdbcClient jdbc, HolidayService holidays, Clock clock) {
        this(jdbc, holidays::officeCalendar, clock);
    }

    private CaseDeadlines(JdbcClient jdbc, Supplier<OfficeCalendar> calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Fills the deadline of every case on the connection's database (the migration that adds the
     * columns, and the demo loader after its bulk load). Returns the number of cases updated.
     */
    public static int backfill(Connection connection, Clock clock) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        CaseDeadlines deadlines = new CaseDeadlines(jdbc, () -> HolidayService.officeCalendar(jdbc), clock);
        return deadlines.refreshAll();
    }

    /** Recomputes every case, in batches by id. */
    int refreshAll() {
        OfficeCalendar cal = calendar.get();
        int updated = 0;
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.sql("select id from service_case where id > :after order by id limit :n")
                    .param("after", after)
                    .param("n", BACKFILL_BATCH)
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return updated;
            }
            updated += refresh(ids, cal);
            after = ids.get(ids.size() - 1);
        }
    }

    /** Recomputes the given cases from their history. */
    void refresh(Collection<Long> caseIds) {
        if (!caseIds.isEmpty()) {
            refresh(caseIds, calendar.get());
        }
    }

    /** Recomputes the open cases of one service (its standard changed). */
    void refreshOpen(ServiceType service) {
        List<Long> ids = jdbc.sql(
                        "select id from service_case where service_type = :s and status not in ('COMPLETED', 'REJECTED', 'MERGED')")
                .param("s", service.name())
                .query(Long.class)
                .list();
        refresh(ids);
    }

    private int refresh(Collection<Long> caseIds, OfficeCalendar cal) {
        String[] ids = caseIds.stream().map(String::valueOf).toArray(String[]::new);
        Map<ServiceType, Integer> standards = standards();
        Map<Long, List<Deadline.Step>> steps = new HashMap<>();
        jdbc.sql("""
                select case_id, occurred_at, to_status from case_event
                where case_id = any(cast(:ids as bigint[])) and to_status is not null
                order by case_id, occurred_at, id""").param("ids", ids).query(rs -> {
            steps.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>())
                    .add(new Deadline.Step(
                            rs.getTimestamp("occurred_at").toInstant(), CaseStatus.valueOf(rs.getString("to_status"))));
        });
        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        List<String[]> rows = new ArrayList<>();
        jdbc.sql(
                        "select id, service_type, status, submitted_at, completed_at from service_case where id = any(cast(:ids as bigint[]))")
                .param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong("id");
                    String service = rs.getString("service_type");
                    Timestamp closed = rs.getTimestamp("completed_at");
                    Deadline d = Deadline.of(
                            cal,
                            rs.getTimestamp("submitted_at").toInstant(),
                            service == null ? null : standards.get(ServiceType.valueOf(service)),
                            CaseStatus.valueOf(rs.getString("status")),
                            steps.getOrDefault(id, List.of()),
                            closed == null ? null : closed.toInstant(),
                            today);
                    rows.add(new String[] {
                        String.valueOf(id),
                        d.dueOn() == null ? null : d.dueOn().toString(),
                        d.waitingSince() == null ? null : d.waitingSince().toString(),
                        String.valueOf(d.pausedDays()),
                        d.workingDaysTaken() == null ? null : String.valueOf(d.workingDaysTaken())
                    });
                });
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update service_case c set due_on = t.due_on, waiting_since = t.waiting_since, paused_days = t.paused_days,
                    working_days_taken = t.taken
                from unnest(cast(:ids as bigint[]), cast(:due as date[]), cast(:waiting as timestamptz[]),
                    cast(:paused as integer[]), cast(:taken as integer[])) as t(id, due_on, waiting_since, paused_days, taken)
                where c.id = t.id""")
                .param("ids", column(rows, 0))
                .param("due", column(rows, 1))
                .param("waiting", column(rows, 2))
                .param("paused", column(rows, 3))
                .param("taken", column(rows, 4))
                .update();
    }

    private Map<ServiceType, Integer> standards() {
        Map<ServiceType, Integer> standards = new EnumMap<>(ServiceType.class);
        jdbc.sql("select service_type, working_days from service_standard").query(rs -> {
            standards.put(ServiceType.valueOf(rs.getString("service_type")), rs.getInt("working_days"));
        });
        return standards;
    }

    private static String[] column(List<String[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toArray(String[]::new);
    }
}
