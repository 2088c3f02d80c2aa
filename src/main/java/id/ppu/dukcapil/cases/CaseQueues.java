package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.calendar.HolidayService;
import id.ppu.dukcapil.security.CurrentUser;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerks' work queues ({@link Queue}): a count each and pages sorted by due date (oldest due
 * first, cases without a due date last, the id breaking ties), all in SQL over the stored due dates
 * and the indexes of migration V16.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueues {

    /** Statuses whose clock runs: the predicate of the partial index service_case_running_due_idx, spelled the same. */
    static final String RUNNING = "c.status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY')";

    private static final String OPEN = "c.status not in ('COMPLETED', 'REJECTED', 'MERGED')";

    private final JdbcClient jdbc;
    private final HolidayService holidays;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseQueues(JdbcClient jdbc, HolidayService holidays, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.holidays = holidays;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The office's today in WITA. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Wita.ZONE));
    }

    /** Each queue's count for the current user (Milik saya is theirs). */
    @PreAuthorize("hasRole('PETUGAS')")
    public Map<Queue, Long> counts() {
        return counts(null, null, null);
    }

    /**
     * Each queue's count narrowed as {@code narrowing} says (its service, channel and district; its
     * own queue is ignored), or unnarrowed for null.
     */
    @PreAuthorize("hasRole('PETUGAS')")
    public Map<Queue, Long> counts(QueueFilter narrowing) {
        return narrowing == null
                ? counts()
                : counts(narrowing.service(), narrowing.channel(), narrowing.districtCode());
    }

    /** The count of one queue as narrowed (a saved queue's count). */
    @PreAuthorize("hasRole('PETUGAS')")
    public long count(QueueFilter filter) {
        Map<String, Object> params = params();
        return jdbc.sql("select count(*) from service_case c where " + predicate(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private Map<Queue, Long> counts(ServiceType service, Channel channel, String district) {
        Map<String, Object> params = params();
        Map<Queue, Long> counts = new EnumMap<>(Queue.class);
        for (Queue q : Queue.values()) {
            counts.put(
                    q,
                    jdbc.sql("select count(*) from service_case c where "
                                    + predicate(new QueueFilter(q, service, channel, district), params))
                            .params(params)
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    /** One page of a queue, by due date. */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<QueueRow> page(Queue queue, Pageable page) {
        return page(QueueFilter.of(queue), page);
    }

    /** One page of a queue narrowed by service, channel and district, by due date. */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<QueueRow> page(QueueFilter filter, Pageable page) {
        Map<String, Object> params = params();
        String where = predicate(filter, params);
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        boolean full = currentUser.canSeePersonalData();
        return jdbc.sql("""
                select c.id, c.case_number, c.channel, c.service_type, c.status, c.applicant_name, v.name as village_name,
                       c.submitted_at, c.due_on, c.waiting_since, c.holder, c.version
                from service_case c left join village v on v.code = c.village_code
                where %s
                order by c.due_on, c.id limit :limit offset :offset""".formatted(where))
                .params(params)
                .query((rs, i) -> {
                    String service = rs.getString("service_type");
                    Date due = rs.getDate("due_on");
                    Timestamp waiting = rs.getTimestamp("waiting_since");
                    String name = rs.getString("applicant_name");
                    return new QueueRow(
                            rs.getLong("id"),
                            rs.getString("case_number"),
                            Channel.valueOf(rs.getString("channel")),
                            service == null ? null : ServiceType.valueOf(service),
                            CaseStatus.valueOf(rs.getString("status")),
                            full ? name : PersonalData.maskName(name),
                            rs.getString("village_name"),
                            rs.getTimestamp("submitted_at").toInstant(),
                            due == null ? null : due.toLocalDate(),
                            waiting == null ? null : waiting.toInstant(),
                            rs.getString("holder"),
                            rs.getLong("version"));
                })
                .list();
    }

    /** The SQL condition of a queue over {@code service_case c}, with the parameters of {@link #params()}. */
    static String predicate(Queue queue) {
        return switch (queue) {
            case NEW -> "c.status in ('TRIAGE', 'SUBMITTED') and c.holder is null";
            case TO_VERIFY -> "c.status = 'SUBMITTED'";
            case WAITING_RESIDENT -> "c.status in ('NEEDS_CORRECTION', 'WAITING_IN_PERSON')";
            case READY_FOR_PICKUP -> "c.status = 'READY'";
            case DUE_SOON -> RUNNING + " and c.due_on between :today and :nextWorkingDay";
            case OVERDUE -> RUNNING + " and c.due_on < :today";
            case MINE -> "c.holder = :me and " + OPEN;
        };
    }

    /** The queue's condition and the narrowing ones, their values put into {@code params}. */
    private static String predicate(QueueFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(predicate(filter.queue()));
        if (filter.service() != null) {
            where.append(" and c.service_type = :service");
            params.put("service", filter.service().name());
        }
        if (filter.channel() != null) {
            where.append(" and c.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.districtCode() != null) {
            where.append(" and c.district_code = :district");
            params.put("district", filter.districtCode());
        }
        return where.toString();
    }

    private Map<String, Object> params() {
        LocalDate today = today();
        OfficeCalendar calendar = holidays.officeCalendar();
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(today));
        params.put("nextWorkingDay", Date.valueOf(calendar.plusWorkingDays(today, 1)));
        params.put("me", currentUser.username());
        return params;
    }
}
