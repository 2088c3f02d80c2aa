package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often the office meets its service standards, and what is late: SQL aggregates over the due
 * dates and working days stored on each case ({@code cases.CaseDeadlines} keeps them), mapped into
 * records. A request is completed within the standard when it was completed (WITA day) on or before
 * its due date; requests completed on a day of the period count. The overdue backlog is today's:
 * open requests whose clock runs (not waiting for the resident) and whose due date has passed.
 * Aggregates only, no personal data: for the head, the planner and the read API alike.
 */
@Service
@Transactional(readOnly = true)
public class ServiceStandardStats {

    /** Statuses whose clock runs; the predicate of the index service_case_running_due_idx (migration V16). */
    private static final String RUNNING = "c.status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY')";

    private static final String WITHIN = "c.due_on is not null and analytics_day(c.completed_at) <= c.due_on";

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceStandardStats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today in WITA. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Wita.ZONE));
    }

    /**
     * One row per group (every service, channel or district, those without requests too), in the
     * order of the enum or the district code, for the filter's period, district and service.
     */
    public List<StandardShare> shares(AnalyticsFilter filter, StandardGrouping grouping) {
        SqlParams p = new SqlParams();
        String keys = switch (grouping) {
            case SERVICE ->
                values(
                        (filter.service() == null
                                        ? Arrays.stream(ServiceType.values())
                                        : java.util.stream.Stream.of(filter.service()))
                                .map(Enum::name)
                                .toList(),
                        p);
            case CHANNEL ->
                values(Arrays.stream(Channel.values()).map(Enum::name).toList(), p);
            case DISTRICT ->
                "select code as key, name, code as ord from district"
                        + (filter.districtCode() == null ? "" : " where code = " + p.bind(filter.districtCode()));
        };
        String col = grouping.column();
        String sql = "with keys as (" + keys + "),"
                + " done as (select " + col + " as key, count(*) as completed, count(*) filter (where " + WITHIN
                + ") as within,"
                + " percentile_cont(0.5) within group (order by c.working_days_taken) as median"
                + " from service_case c where " + completedIn(filter, p) + " group by 1),"
                + " late as (select " + col + " as key, count(*) as overdue from service_case c where "
                + overdue(filter, p)
                + " group by 1)"
                + " select k.key, k.name, coalesce(d.completed, 0) as completed, coalesce(d.within, 0) as within,"
                + " coalesce(l.overdue, 0) as overdue, d.median"
                + " from keys k left join done d on d.key = k.key left join late l on l.key = k.key order by k.ord";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> share(rs, rs.getString("key"), rs.getString("name")))
                .list();
    }

    /** All groups together (the filter's area and service). */
    public StandardShare total(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String sql = "select d.completed, d.within, l.overdue, d.median from"
                + " (select count(*) as completed, count(*) filter (where " + WITHIN + ") as within,"
                + " percentile_cont(0.5) within group (order by c.working_days_taken) as median"
                + " from service_case c where " + completedIn(filter, p) + ") d,"
                + " (select count(*) as overdue from service_case c where " + overdue(filter, p) + ") l";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> share(rs, "total", null))
                .single();
    }

    /** Today's overdue backlog by days past the due date, every band included (the filter's area and service). */
    public List<OverdueCount> overdueByAge(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String today = p.bind(Date.valueOf(today()));
        StringBuilder band = new StringBuilder("case");
        for (OverdueAge a : OverdueAge.values()) {
            if (a.maxDays() != Integer.MAX_VALUE) {
                band.append(" when ")
                        .append(today)
                        .append("::date - c.due_on <= ")
                        .append(a.maxDays())
                        .append(" then '")
                        .append(a.name())
                        .append("'");
            }
        }
        band.append(" else '").append(OverdueAge.OVER_90.name()).append("' end");
        Map<OverdueAge, Long> counts = new EnumMap<>(OverdueAge.class);
        Arrays.stream(OverdueAge.values()).forEach(a -> counts.put(a, 0L));
        jdbc.sql("select " + band + " as age, count(*) as n from service_case c where " + overdue(filter, p)
                        + " group by 1")
                .params(p.values())
                .query(rs -> {
                    counts.put(OverdueAge.valueOf(rs.getString("age")), rs.getLong("n"));
                });
        return counts.entrySet().stream()
                .map(e -> new OverdueCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static StandardShare share(ResultSet rs, String key, String name) throws SQLException {
        Double median = rs.getObject("median", Double.class);
        return new StandardShare(
                key, name, rs.getLong("completed"), rs.getLong("within"), rs.getLong("overdue"), median);
    }

    private static String completedIn(AnalyticsFilter filter, SqlParams p) {
        return "c.status = 'COMPLETED' and c.completed_at >= "
                + p.bind(PeriodSplit.start(filter.period().from()))
                + " and c.completed_at < "
                + p.bind(PeriodSplit.start(filter.period().to().plusDays(1)))
                + RollupSql.filters("c.district_code", filter.districtCode(), "c.service_type", filter.service(), p);
    }

    private String overdue(AnalyticsFilter filter, SqlParams p) {
        return RUNNING + " and c.due_on < " + p.bind(Date.valueOf(today()))
                + RollupSql.filters("c.district_code", filter.districtCode(), "c.service_type", filter.service(), p);
    }

    private static String values(List<String> keys, SqlParams p) {
        StringBuilder sql = new StringBuilder("select * from (values ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(")
                    .append(p.bind(keys.get(i)))
                    .append("::text, null::text, ")
                    .append(i)
                    .append(")");
        }
        return sql.append(") as k(key, name, ord)").toString();
    }
}
