package id.ppu.dukcapil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ppu.dukcapil.base.DatabaseBootstrap;
import id.ppu.dukcapil.base.UnsafeConfigurationFailureAnalyzer;
import id.ppu.dukcapil.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started for real, in this JVM and as a {@code java} process of its own: without
 * the demo it refuses to run while the WhatsApp secrets are unset, blank or the development
 * defaults, and says so in one sentence naming both variables. The starts that succeed use a
 * database of their own, so the demo profile's accounts never reach the other tests.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag("slow")
class FailClosedStartIT {

    private static final String DATABASE_URL = TestDatabase.URL + "_start";
    private static final String SECRET = "app.whatsapp.app-secret";
    private static final String TOKEN = "app.whatsapp.verify-token";

    @AfterAll
    static void dropDatabases() {
        DatabaseBootstrap.dropDatabase(DATABASE_URL, "postgres", "");
        DatabaseBootstrap.dropDatabase(DATABASE_URL + "_never", "postgres", "");
    }

    @Test
    void without_the_demo_a_start_without_the_whatsapp_secrets_fails_naming_both_variables(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("--" + SECRET + "=", "--" + TOKEN + "=  "));

        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new UnsafeConfigurationFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN");
        assertThat(analysis.getAction()).contains("WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "demo");
        // Spring Boot prints the analysis instead of a stack trace.
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START", "WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN");
    }

    @Test
    void without_the_demo_the_development_defaults_are_refused_too() {
        Throwable onlyToken = catchThrowable(() ->
                start("--" + SECRET + "=a-real-secret-of-the-office", "--" + TOKEN + "=dev-whatsapp-verify-token"));
        Throwable both = catchThrowable(() -> start(
                "--" + SECRET + "=dev-whatsapp-app-secret",
                "--" + TOKEN + "=dev-whatsapp-verify-token",
                "--app.demo-data.enabled=false"));

        FailureAnalysis tokenAnalysis = new UnsafeConfigurationFailureAnalyzer().analyze(onlyToken);
        assertThat(tokenAnalysis).isNotNull();
        assertThat(tokenAnalysis.getDescription())
                .contains("WHATSAPP_VERIFY_TOKEN")
                .doesNotContain("WHATSAPP_APP_SECRET");
        assertThat(new UnsafeConfigurationFailureAnalyzer().analyze(both)).isNotNull();
    }

    @Test
    void with_its_own_secrets_the_application_starts_and_answers_over_http() throws Exception {
        try (ConfigurableApplicationContext app =
                start("--" + SECRET + "=office-secret-5f1c", "--" + TOKEN + "=office-token-93ab")) {
            HttpResponse<String> handshake = get(
                    app,
                    "/api/v1/whatsapp/webhook?hub.mode=subscribe"
                            + "&hub.verify_token=office-token-93ab&hub.challenge=4711");
            HttpResponse<String> devToken = get(
                    app,
                    "/api/v1/whatsapp/webhook?hub.mode=subscribe"
                            + "&hub.verify_token=dev-whatsapp-verify-token&hub.challenge=4711");

            assertThat(handshake.statusCode()).isEqualTo(200);
            assertThat(handshake.body()).isEqualTo("4711");
            assertThat(devToken.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void the_demo_profile_keeps_the_development_defaults() throws Exception {
        try (ConfigurableApplicationContext app = start(
                "--spring.profiles.active=demo",
                "--app.demo-data.cases=0",
                "--" + SECRET + "=dev-whatsapp-app-secret",
                "--" + TOKEN + "=dev-whatsapp-verify-token")) {
            assertThat(get(
                                    app,
                                    "/api/v1/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=dev-whatsapp-verify-token"
                                            + "&hub.challenge=1")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    /**
     * What an operator sees: the application's main class in a JVM of its own, with the main
     * classes and libraries only (no test configuration) and no WhatsApp variables in the
     * environment. It stops with the analysis, before it touches the database.
     */
    @Test
    void java_started_without_the_variables_prints_one_sentence_and_exits_with_an_error() throws Exception {
        List<String> classpath = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .toList();
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java",
                "-cp",
                String.join(File.pathSeparator, classpath),
                Application.class.getName()));
        Path log = Files.createTempFile("fail-closed-start", ".log");
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("WHATSAPP_") || k.equals("DEMO_DATA"));
        // Pointed at a database that does not exist: the check must come first and create nothing.
        pb.environment().put("DB_URL", DATABASE_URL + "_never");
        pb.environment().put("PORT", "0");
        Process process = pb.start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);

        assertThat(exited).as(out).isTrue();
        assertThat(process.exitValue()).as(out).isNotZero();
        List<String> description = lines(out, "Description:", "Action:");
        assertThat(description).as(out).hasSize(1);
        assertThat(description.get(0)).contains("WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN");
        assertThat(out).doesNotContain("\tat ", "Exception");
        assertThat(databaseExists(DATABASE_URL + "_never")).isFalse();
    }

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(
                List.of("--server.port=0", "--spring.datasource.url=" + DATABASE_URL, "--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        // Production mode: no frontend build for these starts, which only answer the API.
        all.add("--vaadin.productionMode=true");
        return new SpringApplicationBuilder(Application.class).run(all.toArray(String[]::new));
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The non-blank lines of the analysis between two headings. */
    private static List<String> lines(String out, String from, String to) {
        int start = out.indexOf(from);
        int end = out.indexOf(to, start + 1);
        if (start < 0 || end < 0) {
            return List.of();
        }
        return out.substring(start + from.length(), end)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .collect(Collectors.toList());
    }

    private static boolean databaseExists(String url) throws Exception {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (var c = java.sql.DriverManager.getConnection(TestDatabase.SERVER + "postgres", "postgres", "");
                var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
