package id.ppu.dukcapil.analytics;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.base.Wita;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The dashboard benchmark (not a test): loads synthetic cases into a scratch database, then
 * times the dashboard's refresh through {@link AnalyticsService} (Spring proxy, read-only
 * transaction, rollups) against the same figures computed by plain GROUP BY over the case table,
 * checks that both agree, and prints both with their ratio. Run it with
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.ppu.dukcapil.analytics.DashboardBenchmark -Dexec.args="1000000 5000000"
 * </pre>
 *
 * Sizes are cumulative (the 5,000,000 run adds 4,000,000 cases to the 1,000,000 of the first).
 * The database {@code dukcapil_bench} on 127.0.0.1:5432 is dropped and created again at the start
 * ({@code -Dbench.keep=true} keeps it afterwards); the report also goes to {@code target/benchmark.md}.
 */
public final class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger("benchmark");
    private static final String URL =
            System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dukcapil_bench");
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int CHUNK = 250_000;
    private static final String OPEN = "status not in ('COMPLETED', 'REJECTED', 'MERGED')";

    private final JdbcClient jdbc;
    private final AnalyticsService analytics;
    private final LocalDate today;
    private final StringBuilder report = new StringBuilder();

    private DashboardBenchmark(JdbcClient jdbc, AnalyticsService analytics) {
        this.jdbc = jdbc;
        this.analytics = analytics;
        this.today = analytics.today();
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) log).setLevel(Level.INFO);
        List<Long> sizes = args.length == 0
                ? List.of(1_000_000L, 5_000_000L)
                : Arrays.stream(args).map(Long::parseLong).toList();
        DatabaseBootstrap.dropDatabase(URL, "postgres", "");
        DatabaseBootstrap.ensureDatabase(URL, "postgres", "");
        try (AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext(BenchConfig.class)) {
            Flyway.configure()
                    .dataSource(ctx.getBean(DataSource.class))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            DashboardBenchmark bench =
                    new DashboardBenchmark(ctx.getBean(JdbcClient.class), ctx.getBean(AnalyticsService.class));
            bench.run(sizes);
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                DatabaseBootstrap.dropDatabase(URL, "postgres", "");
            }
        }
    }

    private void run(List<Long> sizes) throws IOException {
        line("# Dashboard benchmark, " + today + " (WITA)");
        line("");
        line(jdbc.sql("select version()").query(String.class).single());
        line("");
        try (InputStream in = DashboardBenchmark.class.getResourceAsStream("/bench/synthetic-cases.sql")) {
            jdbc.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8)).update();
        }
        long loaded = 0;
        for (long size : sizes) {
            load(loaded + 1, size);
            loaded = size;
            measure(size);
        }
        Path file = Path.of("target", "benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        log.info("Report written to {}", file.toAbsolutePath());
    }

    /**
     * Loads cases first..last with the triggers off (as a bulk load would), except that the last
     * 50,000 go in with the rollup triggers on and the 50,000 before them are timed without, to
     * price the triggers; then rebuilds the rollups from scratch.
     */
    private void load(long first, long last) {
        line("## " + String.format(Locale.ROOT, "%,d", last) + " cases");
        line("");
        long probe = 50_000;
        boolean priceTriggers = last - first + 1 >= 4 * probe;
        long bulkLast = priceTriggers ? last - 2 * probe : last;
        jdbc.sql("alter table service_case disable trigger user").update();
        long started = System.nanoTime();
        for (long from = first; from <= bulkLast; from += CHUNK) {
            generate(from, Math.min(bulkLast, from + CHUNK - 1));
            log.info(
                    "  generated cases up to {}",
                    String.format(Locale.ROOT, "%,d", Math.min(bulkLast, from + CHUNK - 1)));
        }
        double bulkSeconds = (System.nanoTime() - started) / 1e9;
        double off = 0;
        double on = 0;
        if (priceTriggers) {
            off = seconds(() -> generate(bulkLast + 1, bulkLast + probe));
            jdbc.sql("alter table service_case enable trigger user").update();
            on = seconds(() -> generate(bulkLast + probe + 1, last));
            jdbc.sql("alter table service_case disable trigger user").update();
        }
        long merged = jdbc.sql("select bench_merge_duplicates(:f, :t)")
                .param("f", first)
                .param("t", last)
                .query(Long.class)
                .single();
        jdbc.sql("alter table service_case enable trigger user").update();
        jdbc.sql("vacuum analyze service_case").update();
        started = System.nanoTime();
        analytics.rebuildRollups();
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        jdbc.sql(
                        "vacuum analyze case_rollup_day, case_rollup_month, case_rollup_village_month, case_turnaround_month, case_turnaround_year,"
                                + " case_turnaround_village_month")
                .update();
        line(String.format(
                Locale.ROOT,
                "- loaded %,d cases (%,d then merged into the case before them as duplicates):"
                        + " %,d with the triggers off in %.0f s (%,.0f cases/s, all indexes of the case table in place)",
                last - first + 1,
                merged,
                bulkLast - first + 1,
                bulkSeconds,
                (bulkLast - first + 1) / bulkSeconds));
        line(String.format(
                Locale.ROOT, "- rollups rebuilt from scratch (`analytics_rebuild()`) in %.1f s", rebuildSeconds));
        if (priceTriggers) {
            line(String.format(
                    Locale.ROOT,
                    "- the rollup triggers on one INSERT of %,d cases: %.1f s with, %.1f s without"
                            + " (%.0f µs more a case)",
                    probe,
                    on,
                    off,
                    (on - off) / probe * 1e6));
        }
        List<Long> ids = jdbc.sql("select id from service_case where " + OPEN + " order by id limit 200")
                .query(Long.class)
                .list();
        double updatesOn = seconds(() -> flipStatuses(ids));
        jdbc.sql("alter table service_case disable trigger service_case_analytics_update")
                .update();
        double updatesOff = seconds(() -> flipStatuses(ids));
        jdbc.sql("alter table service_case enable trigger service_case_analytics_update")
                .update();
        line(String.format(
                Locale.ROOT,
                "- a single case's status change (autocommit UPDATE): %.2f ms with the triggers, %.2f ms without",
                updatesOn / (ids.size() * 2) * 1000,
                updatesOff / (ids.size() * 2) * 1000));
        line("- rows: " + sizes());
        line("");
    }

    private void generate(long from, long to) {
        jdbc.sql("select bench_generate_cases(:f, :t, :today)")
                .param("f", from)
                .param("t", to)
                .param("today", today)
                .query()
                .singleValue();
    }

    private void flipStatuses(List<Long> ids) {
        for (Long id : ids) {
            jdbc.sql("update service_case set status = 'VERIFIED' where id = :id and status <> 'VERIFIED'")
                    .param("id", id)
                    .update();
            jdbc.sql("update service_case set status = 'IN_PROCESS' where id = :id")
                    .param("id", id)
                    .update();
        }
    }

    private void measure(long size) {
        jdbc.sql("vacuum analyze").update();
        for (PeriodPreset preset : List.of(PeriodPreset.LAST_12_MONTHS, PeriodPreset.ALL)) {
            for (String district : new String[] {null, "64.09.04"}) {
                AnalyticsFilter filter = new AnalyticsFilter(preset.resolve(today), district, null);
                compare(size, filter);
            }
        }
    }

    private void compare(long size, AnalyticsFilter filter) {
        String title = filter.period().from() + " to " + filter.period().to()
                + (filter.districtCode() == null ? ", regency" : ", district " + filter.districtCode());
        line("### " + title);
        line("");
        Map<String, Supplier<Object>> rollup = new LinkedHashMap<>();
        LocalDate month = today.withDayOfMonth(1);
        rollup.put(
                "counts per channel, period and previous period",
                () -> List.of(
                        analytics.counts(filter),
                        analytics.counts(filter.withPeriod(filter.period().previous()))));
        rollup.put("trend: month x channel since 2019", () -> analytics.trend(PeriodPreset.DATA_START, month, filter));
        rollup.put("district x channel", () -> analytics.districts(filter));
        if (filter.districtCode() != null) {
            rollup.put("village x channel (the district's villages)", () -> analytics.villages(filter));
        }
        rollup.put("heatmap: district x month, 24 months", () -> analytics.heatmap(month, filter));
        rollup.put("service x channel", () -> analytics.byService(filter));
        rollup.put("turnaround median and p90, channel x service", () -> analytics.turnaround(filter));
        rollup.put("backlog by age and status", () -> analytics.backlog(filter, today));

        Map<String, Supplier<Object>> raw = new LinkedHashMap<>();
        raw.put(
                "counts per channel, period and previous period",
                () -> List.of(
                        rawCounts(filter.period(), filter),
                        rawCounts(filter.period().previous(), filter)));
        raw.put("trend: month x channel since 2019", () -> rawTrend(filter));
        raw.put("district x channel", () -> rawDistricts(filter));
        if (filter.districtCode() != null) {
            raw.put("village x channel (the district's villages)", () -> rawVillages(filter));
        }
        raw.put("heatmap: district x month, 24 months", () -> rawHeatmap(month, filter));
        raw.put("service x channel", () -> rawServices(filter));
        raw.put("turnaround median and p90, channel x service", () -> rawTurnaround(filter));
        raw.put("backlog by age and status", () -> rawBacklog(filter));

        line("| query | service + rollups, ms (min / median) | plain GROUP BY, ms (min / median) | ratio (median) |");
        line("|---|---|---|---|");
        double rollupTotal = 0;
        double rawTotal = 0;
        for (String name : rollup.keySet()) {
            double[] a = time(rollup.get(name));
            double[] b = time(raw.get(name));
            rollupTotal += a[1];
            rawTotal += b[1];
            line(String.format(
                    Locale.ROOT,
                    "| %s | %.1f / %.1f | %.0f / %.0f | %.0fx |",
                    name,
                    a[0],
                    a[1],
                    b[0],
                    b[1],
                    b[1] / a[1]));
        }
        double[] whole = time(() -> analytics.dashboard(filter));
        line(String.format(
                Locale.ROOT,
                "| **whole dashboard refresh** (`AnalyticsService.dashboard`, one transaction) | **%.1f / %.1f** |"
                        + " %.0f (sum of medians) | **%.0fx** |",
                whole[0],
                whole[1],
                rawTotal,
                rawTotal / whole[1]));
        line("");
        verify(filter);
        log.info("{} cases, {}: dashboard {} ms, raw {} ms", size, title, Math.round(whole[1]), Math.round(rawTotal));
    }

    /** The rollup figures must equal the raw ones (medians: within the histogram's resolution). */
    private void verify(AnalyticsFilter filter) {
        List<String> problems = new ArrayList<>();
        List<AreaUptake> districts = analytics.districts(filter);
        Map<String, long[]> rawDistricts = rawDistricts(filter);
        for (AreaUptake d : districts) {
            long[] r = rawDistricts.getOrDefault(d.code(), new long[2]);
            if (r[0] != d.counts().online() || r[1] != d.counts().total()) {
                problems.add("district " + d.code() + ": rollup " + d.counts() + " raw " + Arrays.toString(r));
            }
        }
        Map<String, Long> rawTrend = rawTrend(filter);
        for (MonthlyChannels m : analytics.trend(PeriodPreset.DATA_START, today.withDayOfMonth(1), filter)) {
            for (var c : id.ppu.dukcapil.cases.Channel.values()) {
                long r = rawTrend.getOrDefault(m.month() + " " + c.name(), 0L);
                if (r != m.counts().of(c)) {
                    problems.add("trend " + m.month() + " " + c + ": rollup "
                            + m.counts().of(c) + " raw " + r);
                }
            }
        }
        if (analytics.backlog(filter, today).total()
                != rawBacklog(filter).values().stream()
                        .mapToLong(Long::longValue)
                        .sum()) {
            problems.add("backlog differs");
        }
        Map<String, double[]> exact = rawTurnaround(filter);
        double worstMedian = 0;
        double worstP90 = 0;
        long smallest = Long.MAX_VALUE;
        for (Turnaround t : analytics.turnaround(filter)) {
            double[] e = exact.get((t.channel() == null ? "-" : t.channel().name()) + " "
                    + (t.service() == null ? "-" : t.service().name()));
            if (e == null || (long) e[2] != t.completed()) {
                problems.add("turnaround group " + t.channel() + " " + t.service() + " missing or different count");
                continue;
            }
            if (t.completed() >= 100) {
                worstMedian = Math.max(worstMedian, Math.abs(t.medianHours() / e[0] - 1));
                worstP90 = Math.max(worstP90, Math.abs(t.p90Hours() / e[1] - 1));
                smallest = Math.min(smallest, t.completed());
            }
        }
        line(
                problems.isEmpty()
                        ? "Figures checked against the raw queries: districts, trend and backlog identical."
                        : "**Differences:** " + problems);
        line(String.format(
                Locale.ROOT,
                "Histogram against exact `percentile_cont`, groups of %,d+ completed requests: median within"
                        + " %.2f%%, p90 within %.2f%%.",
                smallest == Long.MAX_VALUE ? 100 : smallest,
                worstMedian * 100,
                worstP90 * 100));
        line("");
    }

    private ChannelCounts rawCounts(Period period, AnalyticsFilter filter) {
        return jdbc.sql(
                        "select count(*) filter (where channel = 'WEB') as web, count(*) filter (where channel = 'APP') as app,"
                                + " count(*) filter (where channel = 'WHATSAPP') as whatsapp, count(*) filter (where channel = 'OFFICE') as office,"
                                + " count(*) filter (where channel = 'OUTREACH') as outreach from service_case where status <> 'MERGED'"
                                + " and submitted_at >= :from and submitted_at < :to" + district(filter))
                .param("from", start(period.from()))
                .param("to", start(period.to().plusDays(1)))
                .params(districtParam(filter))
                .query((rs, i) -> RollupSql.counts(rs))
                .single();
    }

    private Map<String, Long> rawTrend(AnalyticsFilter filter) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql(
                        "select date_trunc('month', submitted_at at time zone 'Asia/Makassar')::date as m, channel, count(*) as n"
                                + " from service_case where status <> 'MERGED' and submitted_at >= :from"
                                + district(filter) + " group by 1, 2")
                .param("from", start(PeriodPreset.DATA_START))
                .params(districtParam(filter))
                .query(rs -> {
                    out.put(rs.getObject("m", LocalDate.class) + " " + rs.getString("channel"), rs.getLong("n"));
                });
        return out;
    }

    private Map<String, long[]> rawDistricts(AnalyticsFilter filter) {
        Map<String, long[]> out = new LinkedHashMap<>();
        jdbc.sql(
                        "select district_code, count(*) filter (where channel in ('WEB', 'APP', 'WHATSAPP')) as online, count(*) as total"
                                + " from service_case where status <> 'MERGED' and submitted_at >= :from and submitted_at < :to"
                                + district(filter)
                                + " group by 1")
                .param("from", start(filter.period().from()))
                .param("to", start(filter.period().to().plusDays(1)))
                .params(districtParam(filter))
                .query(rs -> {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return out;
    }

    private List<Map<String, Object>> rawVillages(AnalyticsFilter filter) {
        return jdbc.sql(
                        "select village_code, count(*) filter (where channel in ('WEB', 'APP', 'WHATSAPP')) as online, count(*) as total"
                                + " from service_case where status <> 'MERGED' and submitted_at >= :from and submitted_at < :to"
                                + district(filter)
                                + " group by 1")
                .param("from", start(filter.period().from()))
                .param("to", start(filter.period().to().plusDays(1)))
                .params(districtParam(filter))
                .query()
                .listOfRows();
    }

    private List<Map<String, Object>> rawHeatmap(LocalDate month, AnalyticsFilter filter) {
        return jdbc.sql("select district_code, date_trunc('month', submitted_at at time zone 'Asia/Makassar') as m,"
                        + " count(*) filter (where channel in ('WEB', 'APP', 'WHATSAPP')) as online, count(*) as total"
                        + " from service_case where status <> 'MERGED' and submitted_at >= :from" + district(filter)
                        + " group by 1, 2")
                .param("from", start(month.minusMonths(AnalyticsService.HEATMAP_MONTHS - 1L)))
                .params(districtParam(filter))
                .query()
                .listOfRows();
    }

    private List<Map<String, Object>> rawServices(AnalyticsFilter filter) {
        return jdbc.sql("select service_type, channel, count(*) from service_case where status <> 'MERGED'"
                        + " and submitted_at >= :from and submitted_at < :to" + district(filter) + " group by 1, 2")
                .param("from", start(filter.period().from()))
                .param("to", start(filter.period().to().plusDays(1)))
                .params(districtParam(filter))
                .query()
                .listOfRows();
    }

    /** Exact median, p90 and count per channel x service, channel, and overall (key "channel service", "-" for all). */
    private Map<String, double[]> rawTurnaround(AnalyticsFilter filter) {
        Map<String, double[]> out = new LinkedHashMap<>();
        jdbc.sql("select coalesce(channel, '-') as ch, coalesce(service_type, '-') as svc,"
                        + " percentile_cont(0.5) within group (order by extract(epoch from completed_at - submitted_at) / 3600) as median,"
                        + " percentile_cont(0.9) within group (order by extract(epoch from completed_at - submitted_at) / 3600) as p90,"
                        + " count(*) as n from service_case where status = 'COMPLETED' and completed_at is not null"
                        + " and submitted_at >= :from and submitted_at < :to" + district(filter)
                        + " group by grouping sets ((channel, service_type), (channel), ())")
                .param("from", start(filter.period().from()))
                .param("to", start(filter.period().to().plusDays(1)))
                .params(districtParam(filter))
                .query(rs -> {
                    out.put(
                            rs.getString("ch") + " " + rs.getString("svc"),
                            new double[] {rs.getDouble("median"), rs.getDouble("p90"), rs.getLong("n")});
                });
        return out;
    }

    private Map<String, Long> rawBacklog(AnalyticsFilter filter) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql(
                        "select status, case when age <= 7 then 'a' when age <= 30 then 'b' when age <= 90 then 'c' when age <= 365 then 'd'"
                                + " else 'e' end as bucket, count(*) as n from (select status, :today - (submitted_at at time zone 'Asia/Makassar')::date"
                                + " as age from service_case where " + OPEN + district(filter) + ") c group by 1, 2")
                .param("today", today)
                .params(districtParam(filter))
                .query(rs -> {
                    out.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                });
        return out;
    }

    private static String district(AnalyticsFilter filter) {
        return filter.districtCode() == null ? "" : " and district_code = :district";
    }

    private static Map<String, Object> districtParam(AnalyticsFilter filter) {
        return filter.districtCode() == null ? Map.of() : Map.of("district", filter.districtCode());
    }

    private String sizes() {
        return jdbc.sql("""
                select format('service_case %s, day %s, month %s, village-month %s, turnaround-month %s, turnaround-year %s, turnaround-village-month %s',
                    to_char((select count(*) from service_case), 'FM9,999,999,999'),
                    to_char((select count(*) from case_rollup_day), 'FM9,999,999'),
                    to_char((select count(*) from case_rollup_month), 'FM9,999,999'),
                    to_char((select count(*) from case_rollup_village_month), 'FM9,999,999'),
                    to_char((select count(*) from case_turnaround_month), 'FM9,999,999'),
                    to_char((select count(*) from case_turnaround_year), 'FM9,999,999'),
                    to_char((select count(*) from case_turnaround_village_month), 'FM9,999,999'))""").query(String.class).single();
    }

    /** Min and median milliseconds of {@link #RUNS} runs after one warm-up run. */
    private static double[] time(Supplier<Object> work) {
        work.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[0], ms[RUNS / 2]};
    }

    private static double seconds(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Wita.ZONE).toInstant());
    }

    private void line(String text) {
        report.append(text).append('\n');
        log.info(text);
    }

    /**
     * Just what the service layer needs: a pool, JdbcClient, transactions and a clock. Not a
     * {@code @Configuration}, so the application's tests do not pick it up by component scanning.
     */
    @EnableTransactionManagement
    static class BenchConfig {

        @Bean
        DataSource dataSource() {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(URL);
            ds.setUsername("postgres");
            ds.setPassword("");
            ds.setMaximumPoolSize(4);
            return ds;
        }

        @Bean
        JdbcClient jdbcClient(DataSource dataSource) {
            return JdbcClient.create(dataSource);
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        AnalyticsService analyticsService(JdbcClient jdbc, Clock clock) {
            return new AnalyticsService(jdbc, clock);
        }
    }
}
