package id.ppu.dukcapil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.cases.CaseRegistry;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.NewCase;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.ApiHttp;
import id.ppu.dukcapil.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup and restore of docs/OPERATIONS.md, done as an operator does it: the application fills
 * a database (migrations, demo history, a case through intake, an API key, accounts), {@code pg_dump -Fc}
 * saves it, {@code createdb -O <role>} and {@code pg_restore --no-owner --role=<role>} bring it back
 * into a fresh database owned by an ordinary role, and the application starts on the copy as that role: Flyway finds nothing to do, every table holds what it
 * held, sequences go on where they stopped, accounts sign in, keys work, health says UP; and
 * readiness goes DOWN (liveness not) while the database refuses connections.
 */
class BackupRestoreIT {

    private static final String SOURCE = TestDatabase.URL + "_backup";
    private static final String RESTORED = TestDatabase.URL + "_restored";
    /** The application's own role, not a superuser, as docs/OPERATIONS.md sets it up. */
    private static final String ROLE = TestDatabase.NAME + "_app";

    private static final String READ_KEY = "ppu_restoretestReadKey0000000000000000000000";
    private static final String DEMO_PASSWORD = "Cadangan-Pulih-2026";
    private static final String NIK = "6409015707920431";
    private static Path dump;

    private final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void cleanUp() throws Exception {
        DatabaseBootstrap.dropDatabase(SOURCE, "postgres", "");
        DatabaseBootstrap.dropDatabase(RESTORED, "postgres", "");
        admin("drop role if exists \"" + ROLE + "\"");
        if (dump != null) {
            Files.deleteIfExists(dump);
        }
    }

    @Test
    void a_dump_restored_into_a_fresh_database_runs_the_application_with_all_its_data() throws Exception {
        String caseNumber;
        Map<String, Long> rows;
        Map<String, Long> sequences;
        try (ConfigurableApplicationContext app = start(
                SOURCE,
                "--app.demo-data.enabled=true",
                "--app.demo-data.cases=2000",
                "--app.demo-data.password=" + DEMO_PASSWORD)) {
            Registration r = app.getBean(CaseRegistry.class)
                    .register(NewCase.live(
                            Channel.WEB,
                            "RESTORETEST-1",
                            ServiceType.KIA,
                            CaseStatus.SUBMITTED,
                            NIK,
                            "Nur Aisyah",
                            null,
                            "64.09.01.1009",
                            Instant.now().minusSeconds(60),
                            null,
                            "api:restoretest",
                            "restore test"));
            caseNumber = r.caseNumber();
            app.getBean(ApiKeyService.class).createIfMissing("restoretest-read", READ_KEY, Set.of(ApiScope.READ), null);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            rows = rowCounts(jdbc);
            sequences = sequences(jdbc);
        }
        assertThat(rows.get("service_case")).isGreaterThan(2000);
        assertThat(rows.get("app_user")).isEqualTo(4);

        dump = Files.createTempFile("dukcapil-", ".dump");
        run("pg_dump", "-h", host(), "-p", port(), "-U", "postgres", "-Fc", "-f", dump.toString(), name(SOURCE));
        admin("create role \"" + ROLE + "\" login");
        run("createdb", "-h", host(), "-p", port(), "-U", "postgres", "-O", ROLE, name(RESTORED));
        run(
                "pg_restore",
                "-h",
                host(),
                "-p",
                port(),
                "-U",
                "postgres",
                "--no-owner",
                "--role=" + ROLE,
                "--exit-on-error",
                "-d",
                name(RESTORED),
                dump.toString());

        try (ConfigurableApplicationContext app = start(
                RESTORED,
                "--app.database.create-if-missing=false",
                "--spring.datasource.username=" + ROLE,
                // A short wait for a connection, so that readiness answers at once while the database is away.
                "--spring.datasource.hikari.connection-timeout=1000")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            ApiHttp http = new ApiHttp(port);

            assertThat(rowCounts(jdbc)).isEqualTo(rows);
            assertThat(sequences(jdbc)).isEqualTo(sequences);
            assertThat(jdbc.sql("select nik from service_case where case_number = :n")
                            .param("n", caseNumber)
                            .query(String.class)
                            .single())
                    .isEqualTo(NIK);
            assertThat(health(http, "/actuator/health")).isEqualTo("UP");
            assertThat(health(http, "/actuator/health/readiness")).isEqualTo("UP");
            assertThat(http.get("/actuator/prometheus", READ_KEY, "text/plain").statusCode())
                    .isEqualTo(200);
            assertThat(signIn(port, "petugas", DEMO_PASSWORD)).doesNotContain("error");
            assertThat(signIn(port, "petugas", "bukan-sandinya")).contains("/login?error");
            Registration next = app.getBean(CaseRegistry.class)
                    .register(NewCase.live(
                            Channel.APP,
                            "RESTORETEST-2",
                            ServiceType.KTP,
                            CaseStatus.SUBMITTED,
                            "6409016308850432",
                            "Dewi Lestari",
                            null,
                            "64.09.01.1009",
                            Instant.now().minusSeconds(30),
                            null,
                            "api:restoretest",
                            "restore test"));
            assertThat(next.caseNumber()).isNotEqualTo(caseNumber);
            assertThat(next.caseId())
                    .isGreaterThan(jdbc.sql("select max(id) from service_case where id <> :id")
                            .param("id", next.caseId())
                            .query(Long.class)
                            .single());

            refuseConnections(name(RESTORED), true);
            HttpResponse<String> readinessDown = awaitStatus(http, "/actuator/health/readiness", 503);
            HttpResponse<String> liveness = http.get("/actuator/health/liveness", null, "application/json");
            refuseConnections(name(RESTORED), false);

            assertThat(json.readTree(readinessDown.body()).properties()).hasSize(1);
            assertThat(json.readTree(readinessDown.body()).path("status").asText())
                    .isEqualTo("DOWN");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(awaitStatus(http, "/actuator/health/readiness", 200).body())
                    .contains("UP");
        }
    }

    private static ConfigurableApplicationContext start(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.main.banner-mode=off",
                "--vaadin.productionMode=true"));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(Application.class).run(all.toArray(String[]::new));
    }

    /** Rows per table of the application's schema (Flyway's history included). */
    private static Map<String, Long> rowCounts(JdbcClient jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""").query(String.class).list()) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from \"" + table + "\"")
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    private static Map<String, Long> sequences(JdbcClient jdbc) {
        Map<String, Long> values = new TreeMap<>();
        jdbc.sql("select sequencename, coalesce(last_value, 0) as v from pg_sequences where schemaname = 'public'")
                .query((rs, i) -> values.put(rs.getString(1), rs.getLong(2)))
                .list();
        return values;
    }

    private String health(ApiHttp http, String path) throws Exception {
        HttpResponse<String> r = http.get(path, null, "application/json");
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.properties()).as(r.body()).hasSize(1);
        return body.path("status").asText();
    }

    /** Where the login form sends the browser: the application, or back to {@code /login?error}. */
    private static String signIn(int port, String username, String password) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "username=" + username + "&password=" + password))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Polls {@code path} until it answers {@code status} (or 15 s pass): the pool notices a lost database on its next borrow. */
    private static HttpResponse<String> awaitStatus(ApiHttp http, String path, int status) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> r = http.get(path, null, "application/json");
        while (r.statusCode() != status && System.nanoTime() < end) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            r = http.get(path, null, "application/json");
        }
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
        return r;
    }

    /** The operator's "database away": no new connections, the existing ones ended. */
    private static void refuseConnections(String database, boolean refuse) throws Exception {
        admin("alter database \"" + database + "\" allow_connections " + !refuse);
        if (refuse) {
            admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void run(String... command) throws Exception {
        Path out = Files.createTempFile("restore-test-", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            boolean done = p.waitFor(300, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            assertThat(done && p.exitValue() == 0)
                    .as(String.join(" ", command) + "\n" + Files.readString(out))
                    .isTrue();
        } finally {
            Files.delete(out);
        }
    }

    private static URI server() {
        return URI.create(TestDatabase.SERVER.substring("jdbc:".length()));
    }

    private static String host() {
        return server().getHost();
    }

    private static String port() {
        return String.valueOf(server().getPort() < 0 ? 5432 : server().getPort());
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
