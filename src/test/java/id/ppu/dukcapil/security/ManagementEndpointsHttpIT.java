package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.support.ApiHttp;
import id.ppu.dukcapil.support.PrometheusScrape;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Spring Boot Actuator over real HTTP: health answers anyone with its status and nothing more,
 * Prometheus answers read-scope API keys only, every other actuator path is closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementEndpointsHttpIT {

    private static final String READ_KEY = "ppu_mgmttestReadKey000000000000000000000000";
    private static final String REVOKED_READ_KEY = "ppu_mgmttestRevokedKey000000000000000000000";
    private static final String SUBMIT_KEY = "ppu_mgmttestSubmitKey00000000000000000000000";
    private static final String IMPORT_KEY = "ppu_mgmttestImportKey00000000000000000000000";
    private static final String ALL_WRITE_KEY = "ppu_mgmttestWriteKey000000000000000000000000";
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HealthEndpoint health;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void createKeys() {
        keys.createIfMissing("mgmttest-read", READ_KEY, Set.of(ApiScope.READ), null);
        keys.createIfMissing("mgmttest-revoked", REVOKED_READ_KEY, Set.of(ApiScope.READ), null);
        keys.createIfMissing("mgmttest-submit", SUBMIT_KEY, Set.of(ApiScope.SUBMIT), "WEB");
        keys.createIfMissing("mgmttest-import", IMPORT_KEY, Set.of(ApiScope.IMPORT), null);
        keys.createIfMissing("mgmttest-write", ALL_WRITE_KEY, Set.of(ApiScope.SUBMIT, ApiScope.IMPORT), "APP");
        jdbc.sql("update api_key set revoked_at = now(), revoked_by = 'test' where name = 'mgmttest-revoked'")
                .update();
    }

    @AfterAll
    void deleteKeys() {
        jdbc.sql("delete from api_key where name like 'mgmttest-%'").update();
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return new ApiHttp(port).get(path, key, "*/*");
    }

    @Test
    void health_liveness_and_readiness_answer_anyone_with_the_status_only() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            for (String key : new String[] {null, READ_KEY}) {
                HttpResponse<String> r = get(path, key);

                assertThat(r.statusCode()).as(path).isEqualTo(200);
                JsonNode body = json.readTree(r.body());
                assertThat(body.properties()).as(path + " " + r.body()).hasSize(1);
                assertThat(body.path("status").asText()).isEqualTo("UP");
                assertThat(r.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
            }
        }
    }

    @Test
    void readiness_waits_for_the_database_and_liveness_does_not() {
        CompositeHealth readiness = (CompositeHealth) health.healthForPath("readiness");
        CompositeHealth liveness = (CompositeHealth) health.healthForPath("liveness");

        assertThat(readiness.getComponents()).containsOnlyKeys("db", "readinessState");
        assertThat(liveness.getComponents()).containsOnlyKeys("livenessState");
    }

    @Test
    void health_components_and_every_other_actuator_endpoint_are_closed() throws Exception {
        List<String> closed = List.of(
                "/actuator",
                "/actuator/health/db",
                "/actuator/health/diskSpace",
                "/actuator/info",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/metrics",
                "/actuator/loggers",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/mappings",
                "/actuator/shutdown");
        for (String path : closed) {
            HttpResponse<String> anonymous = get(path, null);
            HttpResponse<String> reader = get(path, READ_KEY);

            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(reader.statusCode()).as(path).isEqualTo(403);
            assertThat(reader.body()).as(path).doesNotContain("dukcapil_test", "postgres", "java.");
        }
        HttpResponse<String> shutdown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/shutdown"))
                                .header("Authorization", "Bearer " + READ_KEY)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(shutdown.statusCode()).isEqualTo(403);
        assertThat(get("/actuator/health", null).statusCode())
                .as("still running")
                .isEqualTo(200);
    }

    @Test
    void prometheus_is_refused_without_a_key_with_a_wrong_key_and_with_a_revoked_key() throws Exception {
        for (String key : new String[] {null, "ppu_noSuchKey000000000000000000000000000000", REVOKED_READ_KEY}) {
            HttpResponse<String> r = get("/actuator/prometheus", key);

            assertThat(r.statusCode()).as(String.valueOf(key)).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).doesNotContain("# TYPE");
        }
    }

    @Test
    void prometheus_is_refused_to_keys_that_may_only_submit_or_import() throws Exception {
        for (String key : List.of(SUBMIT_KEY, IMPORT_KEY, ALL_WRITE_KEY)) {
            HttpResponse<String> r = get("/actuator/prometheus", key);

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).doesNotContain("# TYPE");
        }
    }

    @Test
    void a_read_key_gets_the_jvm_and_the_application_metrics() throws Exception {
        get("/actuator/health", null);
        HttpResponse<String> r = get("/actuator/prometheus", READ_KEY);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        PrometheusScrape scrape = new PrometheusScrape(r.body());
        Map<String, String> app = Map.of("application", "dukcapil-dashboard");
        assertThat(r.body())
                .contains(
                        "jvm_memory_used_bytes{",
                        "hikaricp_connections_active{",
                        "http_server_requests_seconds_count{",
                        "logback_events_total{");
        // The latency buckets that p95 alerts need (docs/OPERATIONS.md), from 50 ms to 5 s.
        assertThat(scrape.value(
                        "http_server_requests_seconds_bucket",
                        Map.of("uri", "/actuator/health", "status", "200", "le", "0.05")))
                .isPresent();
        assertThat(scrape.value(
                        "http_server_requests_seconds_bucket",
                        Map.of("uri", "/actuator/health", "status", "200", "le", "5.0")))
                .isPresent();
        for (String channel : List.of("WEB", "APP", "WHATSAPP", "OFFICE", "OUTREACH")) {
            scrape.require(
                    "dukcapil_cases_registered_total",
                    Map.of("application", "dukcapil-dashboard", "channel", channel, "outcome", "created"));
            scrape.require("dukcapil_cases_registered_total", Map.of("channel", channel, "outcome", "merged"));
        }
        scrape.require("dukcapil_whatsapp_deliveries_total", Map.of("outcome", "accepted"));
        scrape.require("dukcapil_whatsapp_deliveries_total", Map.of("outcome", "rejected", "reason", "signature"));
        scrape.require("dukcapil_import_rows_total", Map.of("outcome", "duplicate"));
        scrape.require("dukcapil_sign_in_failures_total", Map.of("reason", "wrong_password"));
        scrape.require("dukcapil_sign_in_lockouts_total", app);
    }
}
