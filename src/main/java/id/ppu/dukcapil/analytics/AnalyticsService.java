package id.ppu.dukcapil.analytics;

import static id.ppu.dukcapil.analytics.RollupSql.CHANNEL_SUMS;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel-uptake figures, read from the rollups in SQL and returned as chart-ready records.
 * A request counts once, by the channel it first arrived through (merged duplicates are left
 * out); periods are WITA calendar days of submission.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsService.class);
    /** The heatmap's window. */
    static final int HEATMAP_MONTHS = 24;

    private final JdbcClient jdbc;
    private final Clock clock;

    AnalyticsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today in WITA. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Wita.ZONE));
    }

    /**
     * Everything the dashboard shows for {@code filter}: headline figures, the trend since 2019,
     * districts (or the villages of the filtered district), the 24-month heatmap, channels per
     * service, turnaround and the backlog at the end of the period.
     */
    public Dashboard dashboard(AnalyticsFilter filter) {
        LocalDate today = today();
        List<Turnaround> turnaround = turnaround(filter);
        Backlog backlog = backlog(filter, today);
        Kpis kpis = kpis(filter, backlog, turnaround);
        LocalDate currentMonth = today.withDayOfMonth(1);
        LocalDate trendStart = filter.period().from().isBefore(PeriodPreset.DATA_START)
                ? filter.period().from().withDayOfMonth(1)
                : PeriodPreset.DATA_START;
        boolean villages = filter.districtCode() != null;
        return new Dashboard(
                filter,
                kpis,
                trend(trendStart, currentMonth, filter),
                villages ? villages(filter) : districts(filter),
                villages,
                heatmap(currentMonth, filter),
                byService(filter),
                turnaround,
                backlog);
    }

    /** Requests in the period per channel. */
    public ChannelCounts counts(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String rows = RollupSql.districtRows(filter.period(), filter.districtCode(), filter.service(), p);
        return jdbc.sql("select " + CHANNEL_SUMS + " from (" + rows + ") r")
                .params(p.values())
                .query((rs, i) -> RollupSql.counts(rs))
                .single();
    }

    /** Residents of the filter's area: the district's, or the regency's. */
    public int population(String districtCode) {
        return districtCode == null
                ? jdbc.sql("select coalesce(sum(population), 0) from district")
                        .query(Integer.class)
                        .single()
                : jdbc.sql("select coalesce(sum(population), 0) from district where code = :d")
                        .param("d", districtCode)
                        .query(Integer.class)
                        .single();
    }

    /** Requests per month and channel, from {@code fromMonth} to {@code toMonth} (first days of months), empty months included. */
    public List<MonthlyChannels> trend(LocalDate fromMonth, LocalDate toMonth, AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String from = p.bind(fromMonth.withDayOfMonth(1));
        String to = p.bind(toMonth.withDayOfMonth(1));
        // Aggregate the month range first, then give every month of the series its row.
        String sql = "select m.month::date as month, " + CHANNEL_SUMS.replace("r.cases", "r.n")
                + " from generate_series(" + from + "::date, " + to + "::date, interval '1 month') m(month) left join"
                + " (select month, channel, sum(cases) as n from case_rollup_month where month >= " + from
                + " and month <= " + to
                + RollupSql.filters("district_code", filter.districtCode(), filter.service(), p)
                + " group by 1, 2) r on r.month = m.month::date group by m.month order by m.month";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new MonthlyChannels(rs.getObject("month", LocalDate.class), RollupSql.counts(rs)))
                .list();
    }

    /** Every district (or only the filtered one) with its requests per channel in the period. */
    public List<AreaUptake> districts(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String rows = RollupSql.districtRows(filter.period(), filter.districtCode(), filter.service(), p);
        String sql = "select d.code, d.name, d.population, " + CHANNEL_SUMS + " from district d left join (" + rows
                + ") r on r.district_code = d.code"
                + (filter.districtCode() == null ? "" : " where d.code = " + p.bind(filter.districtCode()))
                + " group by d.code, d.name, d.population order by d.code";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new AreaUptake(
                        rs.getString("code"), rs.getString("name"), rs.getInt("population"), RollupSql.counts(rs)))
                .list();
    }

    /** The villages of the filter's district (all villages without one) with their requests per channel. */
    public List<AreaUptake> villages(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String rows = RollupSql.villageRows(filter.period(), filter.districtCode(), filter.service(), p);
        String sql = "select v.code, v.name, v.population, " + CHANNEL_SUMS + " from village v left join (" + rows
                + ") r on r.village_code = v.code"
                + (filter.districtCode() == null ? "" : " where v.district_code = " + p.bind(filter.districtCode()))
                + " group by v.code, v.name, v.population order by v.district_code, v.name";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new AreaUptake(
                        rs.getString("code"), rs.getString("name"), rs.getInt("population"), RollupSql.counts(rs)))
                .list();
    }

    /** Online and all requests per district and month, for the {@value #HEATMAP_MONTHS} months ending with {@code lastMonth}. */
    public List<HeatCell> heatmap(LocalDate lastMonth, AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        LocalDate end = lastMonth.withDayOfMonth(1);
        String from = p.bind(end.minusMonths(HEATMAP_MONTHS - 1L));
        String to = p.bind(end);
        String sql =
                "select d.code, d.name, m.month::date as month, coalesce(r.online, 0) as online, coalesce(r.total, 0) as total"
                        + " from district d cross join generate_series(" + from + "::date, " + to
                        + "::date, interval '1 month') m(month)"
                        + " left join (select district_code, month, sum(cases) filter (where channel_is_online(channel)) as online,"
                        + " sum(cases) as total from case_rollup_month where month >= " + from + " and month <= " + to
                        + RollupSql.filters("district_code", filter.districtCode(), filter.service(), p)
                        + " group by 1, 2) r on r.district_code = d.code and r.month = m.month::date"
                        + (filter.districtCode() == null ? "" : " where d.code = " + p.bind(filter.districtCode()))
                        + " order by d.code, m.month";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new HeatCell(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getObject("month", LocalDate.class),
                        rs.getLong("online"),
                        rs.getLong("total")))
                .list();
    }

    /** Requests per service and channel in the period, every service (or only the filtered one) in a fixed order. */
    public List<ServiceChannels> byService(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String rows = RollupSql.districtRows(filter.period(), filter.districtCode(), filter.service(), p);
        String sql = "select s.service, " + CHANNEL_SUMS + " from " + RollupSql.serviceValues() + " left join (" + rows
                + ") r on r.service_type = s.service"
                + (filter.service() == null
                        ? ""
                        : " where s.service = " + p.bind(filter.service().name()))
                + " group by s.service, s.ord order by s.ord";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) ->
                        new ServiceChannels(ServiceType.valueOf(rs.getString("service")), RollupSql.counts(rs)))
                .list();
    }

    /**
     * Median and 90th percentile turnaround of the requests submitted in the period and
     * completed: per channel and service, per channel, and overall. Groups without a completed
     * request are left out.
     */
    public List<Turnaround> turnaround(AnalyticsFilter filter) {
        SqlParams p = new SqlParams();
        String rows = RollupSql.turnaroundRows(filter.period(), filter.districtCode(), filter.service(), false, p);
        // One pass over the rollup rows into channel x service x bucket, then the small sets of groups.
        String histogram =
                "select grouping(channel, service_type) as g, channel, service_type, bucket, sum(n) as n from"
                        + " (select channel, service_type, bucket, sum(cases) as n from (" + rows
                        + ") r group by 1, 2, 3) base"
                        + " group by grouping sets ((channel, service_type, bucket), (channel, bucket), (bucket))";
        String sql =
                RollupSql.quantiles(histogram, "g, channel, service_type") + " order by g desc, channel, service_type";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new Turnaround(
                        rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
                        rs.getString("service_type") == null ? null : ServiceType.valueOf(rs.getString("service_type")),
                        rs.getLong("total"),
                        rs.getDouble("median_hours"),
                        rs.getDouble("p90_hours")))
                .list();
    }

    /**
     * Requests not yet COMPLETED, REJECTED or MERGED at the end of the period (or today, if the
     * period ends later), by age. Today's backlog comes from the rollup with each open status; an
     * earlier day's is computed from submission and completion times, without statuses.
     */
    public Backlog backlog(AnalyticsFilter filter, LocalDate today) {
        LocalDate asOf = filter.period().to().isBefore(today) ? filter.period().to() : today;
        SqlParams p = new SqlParams();
        if (asOf.equals(today)) {
            String sql = "select " + RollupSql.ageBucket("day", asOf, p) + " as age, status, sum(cases) as n"
                    + " from case_rollup_day where case_is_open(status) and day <= " + p.bind(asOf)
                    + RollupSql.filters("district_code", filter.districtCode(), filter.service(), p)
                    + " group by 1, 2 having sum(cases) > 0 order by 1, 2";
            return new Backlog(
                    asOf,
                    true,
                    jdbc.sql(sql)
                            .params(p.values())
                            .query((rs, i) -> new BacklogCount(
                                    AgeBucket.valueOf(rs.getString("age")),
                                    RollupSql.status(rs.getString("status")),
                                    rs.getLong("n")))
                            .list());
        }
        String end = p.bind(PeriodSplit.start(asOf.plusDays(1)));
        String sql = "select " + RollupSql.ageBucket("analytics_day(submitted_at)", asOf, p) + " as age, count(*) as n"
                + " from service_case where status <> 'MERGED' and submitted_at < " + end
                + " and (case_is_open(status) or completed_at >= " + end + ")"
                + RollupSql.filters(RollupSql.CASE_DISTRICT, filter.districtCode(), filter.service(), p)
                + " group by 1 order by 1";
        return new Backlog(
                asOf,
                false,
                jdbc.sql(sql)
                        .params(p.values())
                        .query((rs, i) ->
                                new BacklogCount(AgeBucket.valueOf(rs.getString("age")), null, rs.getLong("n")))
                        .list());
    }

    /**
     * The open statistics: per district, village or month of the period, the requests per
     * channel, online share, uptake per 1,000 residents, median turnaround and backlog. Same
     * sources and definitions as the dashboard, so the figures agree for the same filter.
     */
    public List<UptakeRow> uptake(AnalyticsFilter filter, UptakeGrouping grouping) {
        LocalDate today = today();
        LocalDate asOf = filter.period().to().isBefore(today) ? filter.period().to() : today;
        SqlParams p = new SqlParams();
        String counts;
        String turnaround;
        String backlog;
        switch (grouping) {
            case DISTRICT -> {
                counts = "select d.code as key, d.name, d.population, " + CHANNEL_SUMS + " from district d left join ("
                        + RollupSql.districtRows(filter.period(), filter.districtCode(), filter.service(), p)
                        + ") r on r.district_code = d.code"
                        + (filter.districtCode() == null ? "" : " where d.code = " + p.bind(filter.districtCode()))
                        + " group by d.code, d.name, d.population";
                turnaround = RollupSql.quantiles(
                        "select district_code as key, bucket, sum(cases) as n from ("
                                + RollupSql.turnaroundRows(
                                        filter.period(), filter.districtCode(), filter.service(), true, p)
                                + ") r group by 1, 2",
                        "key");
                backlog = backlogByKey(filter, asOf, today, "district_code", RollupSql.CASE_DISTRICT, p);
            }
            case VILLAGE -> {
                counts = "select v.code as key, v.name, v.population, " + CHANNEL_SUMS + " from village v left join ("
                        + RollupSql.villageRows(filter.period(), filter.districtCode(), filter.service(), p)
                        + ") r on r.village_code = v.code"
                        + (filter.districtCode() == null
                                ? ""
                                : " where v.district_code = " + p.bind(filter.districtCode()))
                        + " group by v.code, v.name, v.population";
                turnaround = RollupSql.quantiles(
                        "select village_code as key, bucket, sum(cases) as n from ("
                                + RollupSql.villageTurnaroundRows(
                                        filter.period(), filter.districtCode(), filter.service(), p)
                                + ") r group by 1, 2",
                        "key");
                backlog = asOf.equals(today)
                        ? "select village_code as key, sum(cases) as n from case_rollup_village_month where case_is_open(status)"
                                + RollupSql.filters("left(village_code, 8)", filter.districtCode(), filter.service(), p)
                                + " group by 1"
                        : pastBacklog("coalesce(village_code, '')", filter, asOf, p);
            }
            default -> {
                String population = "(select coalesce(sum(population), 0) from district"
                        + (filter.districtCode() == null ? "" : " where code = " + p.bind(filter.districtCode())) + ")";
                counts = "select to_char(m.month, 'YYYY-MM') as key, to_char(m.month, 'YYYY-MM') as name, " + population
                        + " as population, " + CHANNEL_SUMS + " from generate_series("
                        + p.bind(filter.period().from().withDayOfMonth(1))
                        + "::date, " + p.bind(filter.period().to().withDayOfMonth(1))
                        + "::date, interval '1 month') m(month) left join ("
                        + RollupSql.districtRows(filter.period(), filter.districtCode(), filter.service(), p)
                        + ") r on r.month = m.month::date group by m.month";
                turnaround = RollupSql.quantiles(
                        "select to_char(month, 'YYYY-MM') as key, bucket, sum(cases) as n from ("
                                + RollupSql.monthlyTurnaroundRows(
                                        filter.period(), filter.districtCode(), filter.service(), p)
                                + ") r group by 1, 2",
                        "key");
                backlog = asOf.equals(today)
                        ? "select to_char(day, 'YYYY-MM') as key, sum(cases) as n from case_rollup_day where case_is_open(status)"
                                + " and day >= " + p.bind(filter.period().from()) + " and day <= " + p.bind(asOf)
                                + RollupSql.filters("district_code", filter.districtCode(), filter.service(), p)
                                + " group by 1"
                        : "select to_char(date_trunc('month', analytics_day(submitted_at)), 'YYYY-MM') as key, count(*) as n"
                                + " from service_case where status <> 'MERGED' and submitted_at >= "
                                + p.bind(PeriodSplit.start(filter.period().from()))
                                + " and submitted_at < " + p.bind(PeriodSplit.start(asOf.plusDays(1)))
                                + " and (case_is_open(status) or completed_at >= "
                                + p.bind(PeriodSplit.start(asOf.plusDays(1))) + ")"
                                + RollupSql.filters(RollupSql.CASE_DISTRICT, filter.districtCode(), filter.service(), p)
                                + " group by 1";
            }
        }
        String sql = "with counts as (" + counts + "), q as (" + turnaround + "), b as (" + backlog + ")"
                + " select counts.*, q.median_hours::float8 as median_hours, coalesce(b.n, 0) as backlog from counts"
                + " left join q on q.key = counts.key left join b on b.key = counts.key order by counts.key";
        return jdbc.sql(sql)
                .params(p.values())
                .query((rs, i) -> new UptakeRow(
                        rs.getString("key"),
                        rs.getString("name"),
                        rs.getInt("population"),
                        RollupSql.counts(rs),
                        rs.getObject("median_hours", Double.class),
                        rs.getLong("backlog")))
                .list();
    }

    /** The open statistics' summary row: the whole filter as one group (key "ALL"). */
    public UptakeRow uptakeTotal(AnalyticsFilter filter) {
        Turnaround overall = turnaround(filter).stream()
                .filter(t -> t.channel() == null && t.service() == null)
                .findFirst()
                .orElse(null);
        return new UptakeRow(
                "ALL",
                null,
                population(filter.districtCode()),
                counts(filter),
                overall == null ? null : overall.medianHours(),
                backlog(filter, today()).total());
    }

    private static String backlogByKey(
            AnalyticsFilter filter, LocalDate asOf, LocalDate today, String rollupKey, String caseKey, SqlParams p) {
        return asOf.equals(today)
                ? "select " + rollupKey + " as key, sum(cases) as n from case_rollup_day where case_is_open(status)"
                        + " and day <= " + p.bind(asOf)
                        + RollupSql.filters("district_code", filter.districtCode(), filter.service(), p)
                        + " group by 1"
                : pastBacklog(caseKey, filter, asOf, p);
    }

    private static String pastBacklog(String keyExpr, AnalyticsFilter filter, LocalDate asOf, SqlParams p) {
        String end = p.bind(PeriodSplit.start(asOf.plusDays(1)));
        return "select " + keyExpr
                + " as key, count(*) as n from service_case where status <> 'MERGED' and submitted_at < " + end
                + " and (case_is_open(status) or completed_at >= " + end + ")"
                + RollupSql.filters(RollupSql.CASE_DISTRICT, filter.districtCode(), filter.service(), p)
                + " group by 1";
    }

    /** Headline figures: requests and online share against the previous equal period, backlog, turnaround. */
    public Kpis kpis(AnalyticsFilter filter) {
        return kpis(filter, backlog(filter, today()), turnaround(filter));
    }

    private Kpis kpis(AnalyticsFilter filter, Backlog backlog, List<Turnaround> turnaround) {
        Period previousPeriod = filter.period().previous();
        ChannelCounts previous = counts(filter.withPeriod(previousPeriod));
        Turnaround overall = turnaround.stream()
                .filter(t -> t.channel() == null && t.service() == null)
                .findFirst()
                .orElse(null);
        return new Kpis(
                filter.period(),
                counts(filter),
                previousPeriod,
                previous,
                population(filter.districtCode()),
                backlog,
                overall);
    }

    /**
     * Recomputes every rollup from the case table. Needed only after cases were written with the
     * triggers switched off (e.g. a bulk load with {@code session_replication_role = replica}).
     */
    @Transactional
    public void rebuildRollups() {
        long started = System.nanoTime();
        jdbc.sql("select analytics_rebuild()").query().singleValue();
        log.info("Analytics rollups rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Open statuses, in workflow order (the backlog chart's series). */
    public static List<CaseStatus> openStatuses() {
        return java.util.Arrays.stream(CaseStatus.values())
                .filter(CaseStatus::isOpen)
                .toList();
    }
}
