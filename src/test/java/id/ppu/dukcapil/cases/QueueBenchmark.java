package id.ppu.dukcapil.cases;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.calendar.HolidayService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work-queue benchmark (not a test): loads synthetic cases (the dashboard benchmark's
 * generator) into a scratch database, gives them stored due dates and holders as the application
 * would, then times each queue's count and first page with the very SQL of {@link CaseQueues}
 * (its predicates and its page query), measured in the JVM over JDBC, beside the server's own
 * execution time of the same SQL (EXPLAIN ANALYZE) and the plan it chose. Run it with
 *
 * <pre>
 * ./mvnw -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.ppu.dukcapil.cases.QueueBenchmark -Dexec.args="1000000"
 * </pre>
 *
 * The database {@code dukcapil_queue_bench} on 127.0.0.1:5432 is dropped and created again; the
 * report goes to {@code target/queue-benchmark.md} too.
 */
public final class QueueBenchmark {

    private static final Logger log = LoggerFactory.getLogger("benchmark");
    private static final String URL =
            System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dukcapil_queue_bench");
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final int CHUNK = 250_000;
    private static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final StringBuilder report = new StringBuilder();

    private QueueBenchmark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) log).setLevel(Level.INFO);
        long size = args.length == 0 ? 1_000_000L : Long.parseLong(args[0]);
        DatabaseBootstrap.dropDatabase(URL, "postgres", "");
        DatabaseBootstrap.ensureDatabase(URL, "postgres", "");
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(URL);
            ds.setUsername("postgres");
            ds.setPassword("");
            ds.setMaximumPoolSize(2);
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            new QueueBenchmark(JdbcClient.create(ds)).run(size);
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                DatabaseBootstrap.dropDatabase(URL, "postgres", "");
            }
        }
    }

    private void run(long size) throws Exception {
        LocalDate today = LocalDate.now(Wita.ZONE);
        line("# Work-queue benchmark, " + today + " (WITA)");
        line("");
        line(jdbc.sql("select version()").query(String.class).single());
        line("");
        try (InputStream in = QueueBenchmark.class.getResourceAsStream("/bench/synthetic-cases.sql")) {
            jdbc.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8)).update();
        }
        long started = System.nanoTime();
        jdbc.sql("alter table service_case disable trigger user").update();
        for (long from = 1; from <= size; from += CHUNK) {
            long to = Math.min(size, from + CHUNK - 1);
            jdbc.sql("select bench_generate_cases(:f, :t, :today)")
                    .param("f", from)
                    .param("t", to)
                    .param("today", today)
                    .query()
                    .singleValue();
            log.info("  generated cases up to {}", String.format(Locale.ROOT, "%,d", to));
        }
        jdbc.sql("alter table service_case enable trigger user").update();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        // Stored due dates as CaseDeadlines keeps them, approximated in SQL for speed: the standard in
        // working days as 7/5 calendar days; a tenth of the open cases waiting; holders among ten clerks.
        started = System.nanoTime();
        jdbc.sql("""
                update service_case c set
                    due_on = analytics_day(c.submitted_at) + ceil(s.working_days * 7 / 5.0)::int,
                    waiting_since = case when c.status in ('NEEDS_CORRECTION', 'WAITING_IN_PERSON') then c.updated_at end,
                    working_days_taken = case when c.status = 'COMPLETED'
                        then greatest(0, ((analytics_day(c.completed_at) - analytics_day(c.submitted_at)) * 5 / 7)) end,
                    holder = case when c.status not in ('COMPLETED', 'REJECTED', 'MERGED') and c.id % 3 = 0
                        then (array['petugas', 'ani', 'budi', 'citra', 'dedi', 'eka', 'fitri', 'gani', 'hana', 'irfan'])[1 + c.id % 10] end,
                    held_since = case when c.status not in ('COMPLETED', 'REJECTED', 'MERGED') and c.id % 3 = 0 then c.updated_at end
                from service_standard s where s.service_type = c.service_type""").update();
        double dueSeconds = (System.nanoTime() - started) / 1e9;
        jdbc.sql("vacuum analyze service_case").update();
        line(String.format(
                Locale.ROOT,
                "- loaded %,d synthetic cases in %.0f s, due dates and holders set in %.0f s",
                size,
                loadSeconds,
                dueSeconds));
        measure(today);
        // A backlog a hundred times larger (a regency in trouble, or a province's office): 100,000
        // closed cases reopened into the running and waiting statuses, every third one held.
        jdbc.sql("alter table service_case disable trigger user").update();
        jdbc.sql("""
                update service_case c set status = (array['SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY', 'NEEDS_CORRECTION'])[1 + c.id % 5],
                    completed_at = null, working_days_taken = null,
                    holder = case when c.id % 3 = 0 then (array['petugas', 'ani', 'budi', 'citra', 'dedi', 'eka', 'fitri', 'gani',
                        'hana', 'irfan'])[1 + c.id % 10] end,
                    held_since = case when c.id % 3 = 0 then c.updated_at end
                where c.id in (select id from service_case where status = 'COMPLETED' and id % 9 = 4 order by id limit 100000)""").update();
        jdbc.sql("alter table service_case enable trigger user").update();
        jdbc.sql("vacuum analyze service_case").update();
        line("### With 100,000 more open cases (reopened from the completed ones)");
        line("");
        measure(today);
        Path file = Path.of("target", "queue-benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        log.info("Report written to {}", file.toAbsolutePath());
    }

    private void measure(LocalDate today) {
        line("- " + jdbc.sql("""
                select format('open %s, running %s, of them overdue %s; held %s (petugas %s)',
                    count(*) filter (where status not in ('COMPLETED', 'REJECTED', 'MERGED')),
                    count(*) filter (where status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY')),
                    count(*) filter (where status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY') and due_on < current_date),
                    count(*) filter (where holder is not null), count(*) filter (where holder = 'petugas'))
                from service_case""").query(String.class).single());
        line("");
        OfficeCalendar calendar = HolidayService.officeCalendar(jdbc);
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(today));
        params.put("nextWorkingDay", Date.valueOf(calendar.plusWorkingDays(today, 1)));
        params.put("me", "petugas");
        params.put("limit", PAGE);
        params.put("offset", 0);
        line("Medians of " + RUNS
                + " runs after one warm-up, ms. \"JDBC\" is the round trip from the JVM (CaseQueues' SQL,"
                + " parameters bound as the service binds them); \"server\" is PostgreSQL's execution time of the same statement"
                + " (EXPLAIN ANALYZE).");
        line("");
        line("| queue | rows | count: JDBC | count: server | first page (" + PAGE
                + "): JDBC | first page: server | plan of the count |");
        line("|---|---:|---:|---:|---:|---:|---|");
        for (Queue q : Queue.values()) {
            String count = "select count(*) from service_case c where " + CaseQueues.predicate(q);
            String page = """
                    select c.id, c.case_number, c.channel, c.service_type, c.status, c.applicant_name, v.name as village_name,
                           c.submitted_at, c.due_on, c.waiting_since, c.holder, c.version
                    from service_case c left join village v on v.code = c.village_code
                    where %s
                    order by c.due_on, c.id limit :limit offset :offset""".formatted(CaseQueues.predicate(q));
            long rows = jdbc.sql(count).params(params).query(Long.class).single();
            line(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %s |",
                    q.name(),
                    rows,
                    jdbcMedian(count, params),
                    serverMedian(count, params),
                    jdbcMedian(page, params),
                    serverMedian(page, params),
                    plan(count, params)));
        }
        line("");
    }

    private double jdbcMedian(String sql, Map<String, Object> params) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            long t = System.nanoTime();
            jdbc.sql(sql).params(params).query().listOfRows();
            if (i > 0) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return median(ms);
    }

    private double serverMedian(String sql, Map<String, Object> params) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            List<String> lines = jdbc.sql("explain (analyze, timing off) " + sql)
                    .params(params)
                    .query(String.class)
                    .list();
            if (i > 0) {
                String last = lines.stream()
                        .filter(l -> l.startsWith("Execution Time"))
                        .findFirst()
                        .orElseThrow();
                ms.add(Double.parseDouble(last.replaceAll("[^0-9.]", "")));
            }
        }
        return median(ms);
    }

    /** The plan's nodes that touch the case table, in one line. */
    private String plan(String sql, Map<String, Object> params) {
        return String.join(
                "; ",
                jdbc.sql("explain " + sql).params(params).query(String.class).list().stream()
                        .filter(l -> l.contains(" on service_case") || l.contains("Scan"))
                        .map(l -> l.strip().replace("->  ", "").replaceAll("\\s+\\(cost=.*", ""))
                        .toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void line(String text) {
        report.append(text).append('\n');
        log.info(text);
    }
}
