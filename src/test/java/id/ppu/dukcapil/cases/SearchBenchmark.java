package id.ppu.dukcapil.cases;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clerks' search benchmark (not a test): representative searches of the case list at
 * 5,000,000 cases, each timed through the Spring proxy of {@link CaseQueries} (method security,
 * read-only transaction, row mapping and masking: what the case list calls) beside the very SQL
 * it runs, sent raw over JDBC; then deep pages by keyset against OFFSET, and the insert cost of
 * the search indexes of V27. Run it with
 *
 * <pre>
 * ./mvnw -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.ppu.dukcapil.cases.SearchBenchmark -Dexec.args="5000000"
 * </pre>
 *
 * The scratch database {@code dukcapil_search_bench} on 127.0.0.1:5432 is kept between runs: it
 * is loaded (15-30 minutes on this machine) only if it does not hold a complete load of that many cases
 * yet, and migrated to the application's newest migration on every run. The report also goes to
 * {@code target/search-benchmark.md}.
 */
public final class SearchBenchmark {

    private static final Logger log = LoggerFactory.getLogger("benchmark");
    private static final String URL =
            System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dukcapil_search_bench");
    private static final int RUNS = Integer.getInteger("bench.runs", 30);
    private static final int CHUNK = 250_000;
    /** Only the searches whose title contains this (to look at a few), or all. */
    private static final String ONLY = System.getProperty("bench.only");
    /** The case list's page: Vaadin's grid fetches 50 rows at a time. */
    private static final int PAGE = 50;
    /** Bumped whenever the loaded data changes shape, so that an older scratch database is loaded again. */
    private static final int DATA_VERSION = 1;

    private final CaseQueries queries;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final StringBuilder report = new StringBuilder();

    private SearchBenchmark(CaseQueries queries, JdbcClient jdbc, TransactionTemplate tx) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) log).setLevel(Level.INFO);
        long size = args.length == 0 ? 5_000_000L : Long.parseLong(args[0]);
        boolean reuse = loadedCases() == size;
        if (!reuse) {
            DatabaseBootstrap.dropDatabase(URL, "postgres", "");
            DatabaseBootstrap.ensureDatabase(URL, "postgres", "");
        }
        try (HikariDataSource ds = pool(2)) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (!reuse) {
                load(JdbcClient.create(ds), size);
            }
        }
        try (AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext(BenchConfig.class)) {
            new SearchBenchmark(
                            ctx.getBean(CaseQueries.class),
                            ctx.getBean(JdbcClient.class),
                            new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)))
                    .run(size, reuse);
        }
    }

    private void run(long size, boolean reused) throws IOException {
        line("# Search benchmark, " + LocalDate.now(Wita.ZONE) + " (WITA)");
        line("");
        line(jdbc.sql("select version()").query(String.class).single());
        line("");
        jdbc.sql("vacuum analyze service_case").update();
        line(String.format(
                Locale.ROOT,
                "- %,d cases (%s), table %s, its indexes %s; load average at the start %s",
                jdbc.sql("select count(*) from service_case").query(Long.class).single(),
                reused ? "the scratch database of an earlier run" : "loaded by this run",
                jdbc.sql("select pg_size_pretty(pg_table_size('service_case'))")
                        .query(String.class)
                        .single(),
                jdbc.sql("select pg_size_pretty(pg_indexes_size('service_case'))")
                        .query(String.class)
                        .single(),
                loadAverage()));
        line("");
        searches(size);
        if (ONLY == null) {
            deepPages();
            insertCost();
        }
        line("- load average at the end " + loadAverage());
        Path file = Path.of("target", "search-benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        log.info("Report written to {}", file.toAbsolutePath());
    }

    /** A search of the case list as a user makes it: filter, sort and who searches. */
    record Search(String title, CaseFilter filter, Sort sort, Role role) {

        Search(String title, CaseFilter filter, Sort sort) {
            this(title, filter, sort, Role.PETUGAS);
        }
    }

    private List<Search> representativeSearches() {
        // Values that exist in the data, picked at fixed places so that every run searches the same.
        String nik = jdbc.sql("select nik from service_case where nik is not null order by id offset 123456 limit 1")
                .query(String.class)
                .single();
        String number = jdbc.sql("""
                select case_number from service_case where case_number like 'PPU-2024-%'
                order by id offset 54321 limit 1""").query(String.class).single();
        String village = jdbc.sql("select village_code from service_case order by id offset 4321 limit 1")
                .query(String.class)
                .single();
        CaseFilter all = CaseFilter.all();
        Sort none = Sort.unsorted();
        return List.of(
                new Search("common first name \"ahmad\" (1 case in 10)", all.withText("ahmad"), none),
                new Search("common two-word name \"siti aminah\"", all.withText("siti aminah"), none),
                new Search("less common first name \"yohanes\" (1 in 1,000)", all.withText("yohanes"), none),
                new Search("less common two-word name \"ketut sinaga\"", all.withText("ketut sinaga"), none),
                new Search("rare first name \"zulkarnain\"", all.withText("zulkarnain"), none),
                new Search("rare two-word name \"theresia manurung\"", all.withText("theresia manurung"), none),
                new Search("a name no case has, \"bambang\"", all.withText("bambang"), none),
                new Search("part of a name, \"wija\"", all.withText("wija"), none),
                new Search("a whole NIK", all.withText(nik), none),
                new Search("the last 8 digits of a NIK", all.withText(nik.substring(8)), none),
                new Search("a whole case number", all.withText(number), none),
                new Search(
                        "case-number prefix \"" + number.substring(0, 13) + "\"",
                        all.withText(number.substring(0, 13)),
                        none),
                new Search("case-number prefix \"PPU-2024\" (a whole year)", all.withText("PPU-2024"), none),
                new Search(
                        "status: in process",
                        new CaseFilter(null, Set.of(CaseStatus.IN_PROCESS), null, null, null, null, null, null),
                        none),
                new Search(
                        "status: needs correction, by name",
                        new CaseFilter(null, Set.of(CaseStatus.NEEDS_CORRECTION), null, null, null, null, null, null),
                        Sort.by("applicantName")),
                new Search(
                        "channel: WhatsApp",
                        new CaseFilter(null, null, Set.of(Channel.WHATSAPP), null, null, null, null, null),
                        none),
                new Search(
                        "service: death certificate",
                        new CaseFilter(null, null, null, Set.of(ServiceType.DEATH_CERT), null, null, null, null),
                        none),
                new Search(
                        "district: Sepaku", new CaseFilter(null, null, null, null, "64.09.04", null, null, null), none),
                new Search(
                        "village " + village, new CaseFilter(null, null, null, null, null, village, null, null), none),
                new Search(
                        "submitted in March 2024",
                        new CaseFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.of(2024, 3, 1),
                                LocalDate.of(2024, 3, 31)),
                        none),
                new Search("everything, by case number", all, Sort.by("caseNumber")),
                new Search("everything, by case number descending", all, Sort.by(Sort.Order.desc("caseNumber"))),
                new Search("everything, by name", all, Sort.by("applicantName")),
                new Search(
                        "everything, by name descending (nameless triage cases first)",
                        all,
                        Sort.by(Sort.Order.desc("applicantName"))),
                new Search("everything, oldest first", all, Sort.by("submittedAt")),
                new Search("everything, by age (youngest first)", all, Sort.by("ageDays")),
                new Search(
                        "\"aminah\", completed, in Sepaku",
                        new CaseFilter(
                                "aminah", Set.of(CaseStatus.COMPLETED), null, null, "64.09.04", null, null, null),
                        none),
                new Search(
                        "outreach, death certificate, in one village",
                        new CaseFilter(
                                null,
                                null,
                                Set.of(Channel.OUTREACH),
                                Set.of(ServiceType.DEATH_CERT),
                                null,
                                village,
                                null,
                                null),
                        none),
                new Search(
                        "head of office: part of a case number \"" + number.substring(9, 15) + "\"",
                        all.withText(number.substring(9, 15)),
                        none,
                        Role.KEPALA));
    }

    /**
     * Searches whose filter and order go together, so that no index walks the order to the
     * matches: the matches of a name lie together in the alphabet, case numbers follow the
     * submission time. Measured to show what they cost, not part of the 50 ms target.
     */
    private List<Search> correlatedSearches() {
        CaseFilter all = CaseFilter.all();
        return List.of(
                new Search("\"ahmad\" by name", all.withText("ahmad"), Sort.by("applicantName")),
                new Search("\"aminah\" (a family name) by name", all.withText("aminah"), Sort.by("applicantName")),
                new Search("\"yohanes\" by name", all.withText("yohanes"), Sort.by("applicantName")),
                new Search("\"zulkarnain\" by name", all.withText("zulkarnain"), Sort.by("applicantName")),
                new Search(
                        "\"siti\", completed, in Sepaku, by name",
                        new CaseFilter("siti", Set.of(CaseStatus.COMPLETED), null, null, "64.09.04", null, null, null),
                        Sort.by("applicantName")),
                new Search(
                        "submitted in March 2024, by case number",
                        new CaseFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.of(2024, 3, 1),
                                LocalDate.of(2024, 3, 31)),
                        Sort.by("caseNumber")),
                new Search(
                        "case-number prefix \"PPU-2024\", oldest first",
                        all.withText("PPU-2024"),
                        Sort.by("submittedAt")));
    }

    private void searches(long size) {
        line("## First page (" + PAGE + " rows) of representative searches");
        line("");
        line("Each search " + RUNS + " times after 3 warm-up runs (5 times if slower than half a second), the two"
                + " sides taking turns; milliseconds. \"CaseQueries\" is `CaseQueries.page` through its Spring proxy"
                + " (method security, read-only transaction, rows mapped and masked); \"raw SQL\" is the same"
                + " statements with the same parameters over plain JDBC (`CaseQueries.plan` and `CaseQueries.read`),"
                + " rows read into maps.");
        line("");
        double worst = table(representativeSearches());
        line(String.format(Locale.ROOT, "Slowest p95 through CaseQueries: %.1f ms at %,d cases.", worst, size));
        line("");
        line("## Searches whose filter and order go together");
        line("");
        table(correlatedSearches());
    }

    /** Times the searches and prints their table; returns the slowest p95 through CaseQueries. */
    private double table(List<Search> searches) {
        line("| search | matches | runs | CaseQueries p50 / p95 | raw SQL p50 / p95 | ratio p50 / p95 | plan |");
        line("|---|---:|---:|---:|---:|---:|---|");
        double worst = 0;
        for (Search search : searches) {
            if (ONLY != null && !search.title().contains(ONLY)) {
                continue;
            }
            boolean full = search.role() == Role.PETUGAS || search.role() == Role.ADMIN;
            CaseQueries.PagePlan plan = CaseQueries.plan(search.filter(), search.sort(), full, null);
            signIn(search.role());
            Runnable service = () -> queries.page(search.filter(), PageRequest.of(0, PAGE, search.sort()));
            Runnable raw = () -> CaseQueries.read(plan, 0, PAGE, this::rawRows, this::rawCount);
            double[][] ms = timeBoth(service, raw);
            Map<String, Object> all = new HashMap<>(plan.params());
            all.put("offset", Long.MAX_VALUE);
            long matches = rawCount(plan.parts().get(0).countSql(), all);
            worst = Math.max(worst, percentile(ms[0], 95));
            line(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %d | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %s |",
                    search.title(),
                    matches,
                    ms[0].length,
                    percentile(ms[0], 50),
                    percentile(ms[0], 95),
                    percentile(ms[1], 50),
                    percentile(ms[1], 95),
                    percentile(ms[0], 50) / percentile(ms[1], 50),
                    percentile(ms[0], 95) / percentile(ms[1], 95),
                    describe(plan)));
        }
        line("");
        return worst;
    }

    /** Page 500 (rows 24,951-25,000) read by keyset after the last row of page 499 (row 24,950), and by OFFSET. */
    private void deepPages() {
        int page = 500;
        line("## Page " + page + " of a scroll: keyset against OFFSET");
        line("");
        line("The row before the page is read once beforehand (the grid has it from the page before);"
                + " then page 1, and page " + page + " by keyset (`CaseQueries.pageAfter`) and by OFFSET"
                + " (`CaseQueries.page`), each " + RUNS + " times through the proxy; milliseconds.");
        line("");
        line("| search | page 1 p50 / p95 | page " + page + " by keyset p50 / p95 | page " + page
                + " by OFFSET p50 / p95 | OFFSET / keyset p50 / p95 |");
        line("|---|---:|---:|---:|---:|");
        signIn(Role.PETUGAS);
        CaseFilter all = CaseFilter.all();
        List<Search> deep = List.of(
                new Search("everything, newest first", all, Sort.unsorted()),
                new Search("everything, by name", all, Sort.by("applicantName")),
                new Search("everything, by case number", all, Sort.by("caseNumber")),
                new Search("\"ahmad\", newest first", all.withText("ahmad"), Sort.unsorted()),
                new Search(
                        "district Sepaku, oldest first",
                        new CaseFilter(null, null, null, null, "64.09.04", null, null, null),
                        Sort.by("submittedAt")));
        for (Search search : deep) {
            CaseRow before = queries.page(search.filter(), PageRequest.of((page - 1) * PAGE - 1, 1, search.sort()))
                    .get(0);
            List<CaseRow> byOffset = queries.page(search.filter(), PageRequest.of(page - 1, PAGE, search.sort()));
            List<CaseRow> byKeyset = queries.pageAfter(search.filter(), search.sort(), before, 0, PAGE);
            if (!byKeyset.equals(byOffset)) {
                throw new IllegalStateException("Keyset and OFFSET differ for " + search.title());
            }
            double[] first = time(() -> queries.pageAfter(search.filter(), search.sort(), null, 0, PAGE));
            double[][] deepMs = timeBoth(
                    () -> queries.pageAfter(search.filter(), search.sort(), before, 0, PAGE),
                    () -> queries.page(search.filter(), PageRequest.of(page - 1, PAGE, search.sort())));
            line(String.format(
                    Locale.ROOT,
                    "| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.0fx / %.0fx |",
                    search.title(),
                    percentile(first, 50),
                    percentile(first, 95),
                    percentile(deepMs[0], 50),
                    percentile(deepMs[0], 95),
                    percentile(deepMs[1], 50),
                    percentile(deepMs[1], 95),
                    percentile(deepMs[1], 50) / percentile(deepMs[0], 50),
                    percentile(deepMs[1], 95) / percentile(deepMs[0], 95)));
        }
        line("");
        line("Keyset and OFFSET returned the same rows for every page measured.");
        line("");
    }

    /**
     * What the search indexes cost a registration: one INSERT of 20,000 cases (the generator's,
     * triggers off) into the loaded table as migrated, without V27's index, and as before V27
     * (V6's prefix index in its place), each in a transaction rolled back, three rounds.
     */
    private void insertCost() {
        int rows = 20_000;
        line("## Insert cost of the search indexes");
        line("");
        line("One INSERT of " + String.format(Locale.ROOT, "%,d", rows)
                + " synthetic cases into the loaded table (the rollup triggers off), in each index configuration"
                + " set up inside a transaction that is rolled back; three rounds, the configurations taking turns.");
        line("");
        line("| indexes of the case table | INSERT, s (min / median / max) | a case, µs (median) |");
        line("|---|---:|---:|");
        long next = jdbc.sql("select max(id) + 1000000 from service_case")
                .query(Long.class)
                .single();
        Map<String, List<String>> configurations = new LinkedHashMap<>();
        configurations.put("as migrated (V27)", List.of());
        configurations.put(
                "without V27's `service_case_number_c_idx`", List.of("drop index service_case_number_c_idx"));
        configurations.put(
                "before V27 (V6's `service_case_number_prefix_idx` instead)",
                List.of(
                        "drop index service_case_number_c_idx",
                        "create index service_case_number_prefix_idx on service_case (case_number text_pattern_ops)"));
        // Three rounds, each configuration once a round in a turning order, so that a slow moment of
        // the machine does not fall on one configuration only.
        List<String> names = new ArrayList<>(configurations.keySet());
        Map<String, double[]> seconds = new LinkedHashMap<>();
        names.forEach(n -> seconds.put(n, new double[3]));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                seconds.get(name)[round] = insertSeconds(next, rows, configurations.get(name));
            }
        }
        for (String name : names) {
            double[] s = seconds.get(name).clone();
            Arrays.sort(s);
            line(String.format(
                    Locale.ROOT, "| %s | %.2f / %.2f / %.2f | %.0f |", name, s[0], s[1], s[2], s[1] / rows * 1e6));
        }
        line("");
    }

    /** One timed INSERT of {@code rows} cases after {@code ddl}, all rolled back. */
    private double insertSeconds(long first, int rows, List<String> ddl) {
        return tx.execute(t -> {
            t.setRollbackOnly();
            jdbc.sql("alter table service_case disable trigger user").update();
            ddl.forEach(statement -> jdbc.sql(statement).update());
            long started = System.nanoTime();
            jdbc.sql("select bench_generate_cases(:f, :t, :today)")
                    .param("f", first)
                    .param("t", first + rows - 1)
                    .param("today", LocalDate.now(Wita.ZONE))
                    .query()
                    .singleValue();
            return (System.nanoTime() - started) / 1e9;
        });
    }

    /**
     * Milliseconds of {@link #RUNS} runs of each (5 if the first is slower than half a second)
     * after 3 warm-up runs of each, taking turns.
     */
    private static double[][] timeBoth(Runnable a, Runnable b) {
        double warmUp = 0;
        for (int i = 0; i < 3; i++) {
            warmUp = Math.max(warmUp, millis(a));
            b.run();
        }
        // A search slower than half a second is timed 5 times: its figure is clear enough then.
        int runs = warmUp > 500 ? 5 : RUNS;
        double[][] ms = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            ms[0][i] = millis(a);
            ms[1][i] = millis(b);
        }
        return ms;
    }

    private static double[] time(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = millis(work);
        }
        return ms;
    }

    private static double millis(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    /** The nearest-rank percentile. */
    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private List<Map<String, Object>> rawRows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query().listOfRows();
    }

    private long rawCount(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The plan of the page's first statement (a window's when it fills the page) in one line. */
    private String describe(CaseQueries.PagePlan plan) {
        Map<String, Object> params = new HashMap<>(plan.params());
        params.put("limit", PAGE);
        params.put("offset", 0);
        params.put("window", CaseQueries.WINDOW);
        if (plan.window() != null) {
            String window = plan.window().windowSql();
            boolean fills = rawRows(window, params).size() == PAGE;
            return "window of " + CaseQueries.WINDOW + " rows: " + explain(window, params)
                    + (fills
                            ? " (fills the page)"
                            : " (too few), then fenced: "
                                    + explain(plan.parts().get(0).sql(), params));
        }
        return explain(plan.parts().get(0).sql(), params);
    }

    /** The nodes of a plan that read the case table or sort, in one line. */
    private String explain(String sql, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        List<String> lines =
                jdbc.sql("explain " + sql).params(params).query(String.class).list();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && !line.contains("->")) {
                continue;
            }
            String node = line.strip().replace("->  ", "").replaceAll("\\s+\\(cost=.*", "");
            if (node.contains(" on service_case") || node.startsWith("Seq Scan")) {
                parts.add(node.replace(" on service_case c", "").replace(" using ", " "));
            } else if (node.startsWith("Sort")) {
                parts.add("sort");
            } else if (node.startsWith("Incremental Sort")) {
                parts.add("incremental sort");
            }
        }
        return String.join("; ", parts);
    }

    private static void signIn(Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        role.name().toLowerCase(Locale.ROOT),
                        null,
                        List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        log.info(text);
    }

    /** The number of cases a complete earlier load left in the scratch database, or -1. */
    private static long loadedCases() {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select cases, version from search_bench_loaded")) {
            return rs.next() && rs.getInt(2) == DATA_VERSION ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /**
     * Loads the cases as a bulk load would: the rollup triggers off, the secondary indexes dropped
     * and built again afterwards (the application's own definitions), the table clustered by
     * submission time as a table filled day by day is.
     */
    private static void load(JdbcClient jdbc, long size) throws IOException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(Wita.ZONE);
        script(jdbc, "/bench/synthetic-cases.sql");
        script(jdbc, "/bench/search-variety.sql");
        List<Map.Entry<String, String>> indexes = jdbc.sql("""
                select indexname, indexdef from pg_indexes i
                where tablename = 'service_case'
                  and not exists (select 1 from pg_constraint k where k.conindid = format('%I', i.indexname)::regclass)
                order by indexname""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
        for (Map.Entry<String, String> index : indexes) {
            jdbc.sql("drop index " + index.getKey()).update();
        }
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
        jdbc.sql("select bench_merge_duplicates(1, :t)")
                .param("t", size)
                .query()
                .singleValue();
        jdbc.sql("select bench_search_variety()").query().singleValue();
        log.info("  numbers, names and triage cases set");
        String byTime = "service_case_submitted_idx";
        jdbc.sql(indexes.stream()
                        .filter(e -> e.getKey().equals(byTime))
                        .findFirst()
                        .orElseThrow()
                        .getValue())
                .update();
        jdbc.sql("cluster service_case using " + byTime).update();
        log.info("  clustered by submission time");
        for (Map.Entry<String, String> index : indexes) {
            if (!index.getKey().equals(byTime)) {
                jdbc.sql(index.getValue()).update();
                log.info("  index {} built", index.getKey());
            }
        }
        jdbc.sql("alter table service_case enable trigger user").update();
        jdbc.sql("vacuum analyze service_case").update();
        jdbc.sql("create table search_bench_loaded (cases bigint not null, version int not null)")
                .update();
        jdbc.sql("insert into search_bench_loaded values (:n, :v)")
                .param("n", size)
                .param("v", DATA_VERSION)
                .update();
        log.info(
                "Loaded {} cases in {} s",
                String.format(Locale.ROOT, "%,d", size),
                Math.round((System.nanoTime() - started) / 1e9));
    }

    private static void script(JdbcClient jdbc, String resource) throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream(resource)) {
            jdbc.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8)).update();
        }
    }

    /**
     * What the search needs of the application: a pool, JdbcClient, transactions, method security
     * and the case queries with their collaborators. Not a {@code @Configuration}, so the
     * application's tests do not pick it up by component scanning.
     */
    @EnableTransactionManagement
    @EnableMethodSecurity
    @Import({CaseQueries.class, CurrentUser.class, AuditTrail.class})
    static class BenchConfig {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            return pool(4);
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
    }

    private static HikariDataSource pool(int size) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(URL);
        ds.setUsername("postgres");
        ds.setPassword("");
        ds.setMaximumPoolSize(size);
        ds.setConnectionInitSql("set maintenance_work_mem = '512MB'");
        return ds;
    }
}
