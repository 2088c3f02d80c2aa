package id.ppu.dukcapil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.support.ApiHttp;
import id.ppu.dukcapil.support.TestDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The application as systemd runs it (its main class in a JVM of its own, configured by the
 * environment only) with {@code LOG_FORMAT=json}: every line it prints is one JSON object; and a
 * SIGTERM that arrives while a CSV import request is running lets that request finish (all rows
 * stored, its report answered) before the application stops.
 */
class JsonLogsAndGracefulShutdownIT {

    private static final String DATABASE_URL = TestDatabase.URL + "_jsonlog";
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final long START_SECONDS = 240;
    private static final String IMPORT_KEY = "ppu_shutdowntestImportKey00000000000000000";
    private static final int ROWS = 40_000;

    private final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void dropDatabase() {
        DatabaseBootstrap.dropDatabase(DATABASE_URL, "postgres", "");
    }

    @Test
    void with_log_format_json_every_line_is_json_and_sigterm_lets_a_running_import_finish() throws Exception {
        List<String> classpath = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .toList();
        ProcessBuilder pb = new ProcessBuilder(
                        System.getProperty("java.home") + "/bin/java",
                        "-cp",
                        String.join(File.pathSeparator, classpath),
                        Application.class.getName(),
                        "--vaadin.productionMode=true")
                .redirectErrorStream(true);
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("WHATSAPP_") || k.equals("DEMO_DATA") || k.equals("LOG_FORMAT"));
        pb.environment().put("DB_URL", DATABASE_URL);
        pb.environment().put("PORT", "0");
        pb.environment().put("WHATSAPP_APP_SECRET", "json-log-test-secret-71c2");
        pb.environment().put("WHATSAPP_VERIFY_TOKEN", "json-log-test-token-4be0");
        pb.environment().put("LOG_FORMAT", "json");
        Process process = pb.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(process, lines), "app-output");
        reader.setDaemon(true);
        reader.start();
        List<String> out = new ArrayList<>();
        try {
            int port = awaitPort(lines, out);
            // The port opens before the start-up runners finish; health says UP once the app takes traffic.
            HttpResponse<String> health = awaitHealthy(new ApiHttp(port));
            createImportKey();
            CompletableFuture<HttpResponse<String>> running = importCsv(port);
            awaitFirstBatchStored();

            // SIGTERM, as systemctl stop sends it; Process.destroy() would also close our end of the pipe and lose the
            // last lines.
            process.toHandle().destroy();
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(10));
            lines.drainTo(out);
            HttpResponse<String> imported = running.get(30, TimeUnit.SECONDS);

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(json.readTree(imported.body()).path("imported").asInt()).isEqualTo(ROWS);
            assertThat(storedRows()).isEqualTo(ROWS);
            assertThat(exited).as(String.join("\n", out)).isTrue();
            assertThat(process.exitValue())
                    .as("exit value after SIGTERM (128 + 15)")
                    .isEqualTo(143);
        } finally {
            process.destroyForcibly().waitFor();
        }

        List<JsonNode> records = new ArrayList<>();
        for (String line : out) {
            if (!line.isBlank()) {
                JsonNode record = json.readTree(line);
                assertThat(record.isObject()).as(line).isTrue();
                records.add(record);
            }
        }
        assertThat(records).allSatisfy(r -> {
            assertThat(r.path("@timestamp").asText()).as(r.toString()).isNotEmpty();
            assertThat(level(r)).as(r.toString()).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(r.path("message").isTextual()).as(r.toString()).isTrue();
        });
        List<String> messages =
                records.stream().map(r -> r.path("message").asText()).toList();
        assertThat(messages).anyMatch(m -> m.startsWith("Started Application"));
        int shutdownBegins = indexOf(messages, "Commencing graceful shutdown");
        int importEnds = indexOf(messages, "Imported shutdown-test.csv");
        int shutdownEnds = indexOf(messages, "Graceful shutdown complete");
        assertThat(shutdownBegins)
                .as("the import was still running when the shutdown began")
                .isLessThan(importEnds);
        assertThat(importEnds).isLessThan(shutdownEnds);
        assertThat(records).anyMatch(r -> "dukcapil-dashboard".equals(service(r)));
    }

    private static int indexOf(List<String> messages, String prefix) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no log line starting with " + prefix + " in " + messages);
    }

    private static void createImportKey() throws Exception {
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(IMPORT_KEY.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection(DATABASE_URL, "postgres", "");
                PreparedStatement ps =
                        c.prepareStatement("insert into api_key (name, key_prefix, key_hash, scope_submit,"
                                + " scope_import, scope_read, created_at, created_by) values ('shutdown-test', ?, ?, false, true, false,"
                                + " now(), 'test')")) {
            ps.setString(1, IMPORT_KEY.substring(0, 8));
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }

    /** A CSV import of {@value #ROWS} new requests through the API, sent now and answered later. */
    private static CompletableFuture<HttpResponse<String>> importCsv(int port) {
        StringBuilder csv =
                new StringBuilder("external_id;channel;service_type;nik;applicant_name;village_code;submitted_at\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("SHUTDOWNTEST-")
                    .append(i)
                    .append(";OUTREACH;KTP;")
                    .append(String.format("64090%d%02d0190%04d", 1 + i / 10_000, 41 + i % 28, 1 + i % 9999))
                    .append(";Warga ")
                    .append(i)
                    .append(";64.09.01.1009;01/11/2026 08:00\n");
        }
        String boundary = "----dukcapil" + System.nanoTime();
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"shutdown-test.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                                .header("Authorization", "Bearer " + IMPORT_KEY)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the import has stored its first batch: the request is then in the middle of its work. */
    private static HttpResponse<String> awaitHealthy(ApiHttp http) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        HttpResponse<String> health = http.get("/actuator/health", null, "application/json");
        while (health.statusCode() == 503 && System.nanoTime() < end) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            health = http.get("/actuator/health", null, "application/json");
        }
        return health;
    }

    private static void awaitFirstBatchStored() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (storedRows() == 0) {
            assertThat(System.nanoTime()).as("no batch stored within 120 s").isLessThan(end);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static long storedRows() throws Exception {
        try (Connection c = DriverManager.getConnection(DATABASE_URL, "postgres", "");
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from service_case where external_id like 'SHUTDOWNTEST-%'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int awaitPort(BlockingQueue<String> lines, List<String> out) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        Integer port = null;
        boolean started = false;
        while (!started && System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                out.add(line);
                Matcher m = PORT.matcher(line);
                if (m.find()) {
                    port = Integer.valueOf(m.group(1));
                }
                started = line.contains("Started Application");
            }
        }
        assertThat(started && port != null)
                .as("not started in " + START_SECONDS + " s:\n" + String.join("\n", out))
                .isTrue();
        return port;
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ECS's log level, nested ({@code log.level} as an object path) or flat, as Spring Boot versions write it. */
    private static String level(JsonNode r) {
        return r.has("log.level")
                ? r.path("log.level").asText()
                : r.path("log").path("level").asText();
    }

    private static String service(JsonNode r) {
        return r.has("service.name")
                ? r.path("service.name").asText()
                : r.path("service").path("name").asText();
    }
}
