package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.base.WorkingHours;
import id.ppu.dukcapil.calendar.HolidayService;
import id.ppu.dukcapil.intake.OutboundKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The WhatsApp figures of the head's dashboard: first-response times to residents in working time
 * (see {@link ResponseTimes} for what a wait is), the status notifications and clerks' replies by
 * the furthest status they reached, their failures by error code, and opt-outs. Read with SQL from
 * intake's WhatsApp tables; the working-time arithmetic, which needs the office calendar, is done
 * on the waits of the period ({@link WorkingHours}). Periods are WITA calendar days: a wait by the
 * day its first message arrived, a message to a resident by the day it was queued. The district
 * is the case's; the service filter does not apply (a question in triage often names none).
 */
@Service
@Transactional(readOnly = true)
public class WhatsAppStats {

    /** The kinds of message that are status notifications (intake.CaseStatusNotifications). */
    static final Set<OutboundKind> NOTIFICATIONS = EnumSet.of(
            OutboundKind.CASE_NEEDS_CORRECTION,
            OutboundKind.CASE_WAITING_IN_PERSON,
            OutboundKind.CASE_READY,
            OutboundKind.CASE_COMPLETED,
            OutboundKind.CASE_REJECTED);

    /** The district of the case {@code c} as the rollups have it ({@link RollupSql#CASE_DISTRICT}). */
    private static final String CASE_DISTRICT = "coalesce(c.district_code, left(c.village_code, 8), '')";

    private static final String STATUS_COUNTS = """
            count(*) filter (where m.status in ('PENDING', 'SENDING')) as waiting,
            count(*) filter (where m.status = 'SENT') as sent,
            count(*) filter (where m.status = 'DELIVERED') as delivered,
            count(*) filter (where m.status = 'READ') as read,
            count(*) filter (where m.status = 'FAILED') as failed,
            count(*) filter (where m.status = 'SKIPPED') as skipped""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HolidayService holidays;
    private final LocalTime opens;
    private final LocalTime closes;

    WhatsAppStats(
            JdbcClient jdbc,
            Clock clock,
            HolidayService holidays,
            @Value("${app.office-hours.opens:08:00}") String opens,
            @Value("${app.office-hours.closes:15:00}") String closes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.holidays = holidays;
        this.opens = time("app.office-hours.opens", opens);
        this.closes = time("app.office-hours.closes", closes);
        if (!this.opens.isBefore(this.closes)) {
            throw new IllegalStateException(
                    "app.office-hours.opens (" + opens + ") must be before app.office-hours.closes (" + closes + ")");
        }
    }

    /** The office's working time with today's list of public holidays. */
    public WorkingHours workingHours() {
        return new WorkingHours(holidays.officeCalendar(), opens, closes);
    }

    /** The WhatsApp figures for the filter's period and district (its service is ignored). */
    public WhatsAppFigures figures(AnalyticsFilter filter) {
        Period period = filter.period();
        MessageCounts notifications = MessageCounts.NONE;
        MessageCounts replies = MessageCounts.NONE;
        for (GroupCounts g : messageCounts(filter)) {
            if (g.replies()) {
                replies = g.counts();
            } else {
                notifications = g.counts();
            }
        }
        return new WhatsAppFigures(
                period,
                ResponseTimes.of(waits(filter), workingHours(), clock.instant()),
                notifications,
                replies,
                failures(filter),
                optOuts(period),
                jdbc.sql("select count(*) from whatsapp_opt_out")
                        .query(Long.class)
                        .single());
    }

    /**
     * The waits that started in the period. Every message of a conversation is read, also those
     * before the period, because a message in the period only starts a wait if the earlier ones
     * were answered: within a conversation, the messages that share the same next reply (or none)
     * form one wait, which starts with the first of them.
     */
    List<ResponseTimes.Wait> waits(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String from = p.bind(PeriodSplit.start(filter.period().from()));
        String to = p.bind(PeriodSplit.start(filter.period().to().plusDays(1)));
        String district =
                filter.districtCode() == null ? "" : " and " + CASE_DISTRICT + " = " + p.bind(filter.districtCode());
        String sql = """
                with messages as (
                    select m.id, m.case_id, m.received_at, c.status = 'TRIAGE' as in_triage,
                           (select min(o.created_at) from outbound_message o
                            where o.case_id = m.case_id and o.kind = 'REPLY' and o.created_at >= m.received_at) as answered_at
                    from inbound_message m join service_case c on c.id = m.case_id
                    where m.case_id in (select case_id from inbound_message
                                        where received_at >= %1$s and received_at < %2$s and case_id is not null)
                      and exists (select 1 from case_event e
                                  where e.case_id = m.case_id and e.type = 'CREATED' and e.to_status = 'TRIAGE')%3$s),
                ordered as (
                    select *, row_number() over w as n, lag(answered_at) over w as previous_answer
                    from messages window w as (partition by case_id order by received_at, id))
                select received_at, answered_at, in_triage from ordered
                where (n = 1 or previous_answer is distinct from answered_at)
                  and received_at >= %1$s and received_at < %2$s
                order by received_at, id""".formatted(from, to, district);
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new ResponseTimes.Wait(
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("answered_at") == null
                                ? null
                                : rs.getTimestamp("answered_at").toInstant(),
                        rs.getBoolean("in_triage")))
                .list();
    }

    private record GroupCounts(boolean replies, MessageCounts counts) {}

    private List<GroupCounts> messageCounts(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String sql = "select m.kind = 'REPLY' as replies, " + STATUS_COUNTS + " from outbound_message m"
                + " left join service_case c on c.id = m.case_id where " + messages(filter, p) + " group by 1";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new GroupCounts(rs.getBoolean("replies"), counts(rs)))
                .list();
    }

    private List<FailureCount> failures(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String sql = "select coalesce(m.last_error_code, '-') as code, count(*) as n from outbound_message m"
                + " left join service_case c on c.id = m.case_id where m.status = 'FAILED' and " + messages(filter, p)
                + " group by 1 order by 2 desc, 1";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new FailureCount(rs.getString("code"), rs.getLong("n")))
                .list();
    }

    /** Notifications and replies queued in the period, of the filter's district (through their case). */
    private static String messages(AnalyticsFilter filter, SqlParams p) {
        List<String> kinds =
                new ArrayList<>(NOTIFICATIONS.stream().map(Enum::name).toList());
        kinds.add(OutboundKind.REPLY.name());
        String sql = "m.kind in (" + p.bind(kinds) + ") and m.created_at >= "
                + p.bind(PeriodSplit.start(filter.period().from())) + " and m.created_at < "
                + p.bind(PeriodSplit.start(filter.period().to().plusDays(1)));
        if (filter.districtCode() != null) {
            sql += " and " + CASE_DISTRICT + " = " + p.bind(filter.districtCode());
        }
        return sql;
    }

    /**
     * Numbers that opted out in the period: their BERHENTI as the intake stored it, a text answered
     * by itself and kept without a case. The match is intake.ResidentCommand's: the whole text,
     * any case, any spacing.
     */
    private long optOuts(Period period) {
        return jdbc.sql("""
                        select count(distinct sender) from inbound_message
                        where case_id is null and message_type = 'text' and received_at >= :from and received_at < :to
                          and upper(btrim(regexp_replace(body, '\\s+', ' ', 'g'))) = 'BERHENTI'""")
                .param("from", PeriodSplit.start(period.from()))
                .param("to", PeriodSplit.start(period.to().plusDays(1)))
                .query(Long.class)
                .single();
    }

    private static MessageCounts counts(ResultSet rs) throws SQLException {
        return new MessageCounts(
                rs.getLong("waiting"),
                rs.getLong("sent"),
                rs.getLong("delivered"),
                rs.getLong("read"),
                rs.getLong("failed"),
                rs.getLong("skipped"));
    }

    private static LocalTime time(String property, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(property + " must be a time of day such as 08:00, got " + value, e);
        }
    }
}
