package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.support.Regions.KARANG_JINAWI_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.ApiHttp;
import id.ppu.dukcapil.support.TestCases;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code GET /api/v1/outreach/priorities} over real HTTP: key rules, the ranking, saved weights, bad dates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutreachApiHttpIT {

    private static final String READ_KEY = "ppu_outreachtestReadKey00000000000000000000";
    private static final String SUBMIT_KEY = "ppu_outreachtestSubmitKey000000000000000000";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private TestCases cases;

    private HttpResponse<String> get(String path, String key) throws Exception {
        return new ApiHttp(port).get(path, key, "application/json");
    }

    @BeforeEach
    void setUp() {
        keys.createIfMissing("outreachtest-read", READ_KEY, Set.of(ApiScope.READ), null);
        keys.createIfMissing("outreachtest-submit", SUBMIT_KEY, Set.of(ApiScope.SUBMIT), "APP");
        cases = new TestCases(jdbc, "OHTTP");
        for (int i = 0; i < 100; i++) {
            cases.insert(
                    "OFFICE",
                    "KTP",
                    "WAITING_IN_PERSON",
                    TestCases.anyNik(),
                    "Warga",
                    KARANG_JINAWI_VILLAGE,
                    Instant.parse("2025-06-01T02:00:00Z"));
        }
    }

    @AfterEach
    void tearDown() {
        cases.deleteAll();
        jdbc.sql("delete from outreach_settings").update();
        jdbc.sql("delete from api_key where name like 'outreachtest-%'").update();
    }

    @Test
    void the_ranking_needs_a_key_with_the_read_scope() throws Exception {
        assertThat(get("/api/v1/outreach/priorities?date=2025-06-30", null).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/outreach/priorities?date=2025-06-30", SUBMIT_KEY)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void villages_come_in_rank_order_with_every_factor_and_the_category() throws Exception {
        HttpResponse<String> response = get("/api/v1/outreach/priorities?date=2025-06-30", READ_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("date").asText()).isEqualTo("2025-06-30");
        assertThat(body.get("weightsSaved").asBoolean()).isFalse();
        JsonNode villages = body.get("villages");
        assertThat(villages).hasSize(54);
        for (int i = 0; i < villages.size(); i++) {
            assertThat(villages.get(i).get("rank").asInt()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(villages.get(i).get("score").asDouble())
                        .isLessThanOrEqualTo(villages.get(i - 1).get("score").asDouble());
            }
            assertThat(villages.get(i).get("factors").fieldNames())
                    .toIterable()
                    .containsExactly("DEMAND", "ADOPTION_GAP", "UNDER_SERVICE", "ACCESS", "RECENCY", "COVERAGE_GAP");
            assertThat(villages.get(i).get("category").asInt()).isBetween(1, 4);
        }
        // A full visit day of residents waiting for an in-person step in the farthest village: it leads the default
        // ranking.
        JsonNode top = villages.get(0);
        assertThat(top.get("code").asText()).isEqualTo(KARANG_JINAWI_VILLAGE);
        assertThat(top.get("factors").get("DEMAND").get("raw").asDouble()).isEqualTo(100.0);
        assertThat(top.get("factors").get("DEMAND").get("scaled").asDouble()).isEqualTo(1.0);
        assertThat(top.get("category").asInt()).isEqualTo(2);
        // Figures only: no resident's NIK or name.
        assertThat(response.body()).doesNotContainPattern("6409[0-9]{12}").doesNotContain("Warga");
    }

    @Test
    void saved_weights_drive_the_ranking_and_are_reported() throws Exception {
        // Access only: the farthest, hard-to-reach villages lead, whatever waits elsewhere.
        jdbc.sql("insert into outreach_settings values (1, 0, 0, 0, 100, 0, 80, 90, 'perencana', now())")
                .update();

        JsonNode body = json.readTree(
                get("/api/v1/outreach/priorities?date=2025-06-30", READ_KEY).body());

        assertThat(body.get("weightsSaved").asBoolean()).isTrue();
        assertThat(body.get("weights").get("ACCESS").asInt()).isEqualTo(100);
        assertThat(body.get("weights").get("DEMAND").asInt()).isZero();
        JsonNode villages = body.get("villages");
        double bestAccess = 0;
        for (JsonNode v : villages) {
            bestAccess = Math.max(
                    bestAccess, v.get("factors").get("ACCESS").get("scaled").asDouble());
        }
        JsonNode top = villages.get(0);
        assertThat(top.get("factors").get("ACCESS").get("scaled").asDouble()).isEqualTo(bestAccess);
        assertThat(top.get("score").asDouble())
                .isCloseTo(100 * bestAccess, org.assertj.core.api.Assertions.within(0.1));
        assertThat(top.get("code").asText()).isNotEqualTo(KARANG_JINAWI_VILLAGE);
    }

    @Test
    void a_date_that_is_not_a_date_is_refused() throws Exception {
        HttpResponse<String> response = get("/api/v1/outreach/priorities?date=30-06-2025", READ_KEY);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Karang Jinawi");
    }
}
