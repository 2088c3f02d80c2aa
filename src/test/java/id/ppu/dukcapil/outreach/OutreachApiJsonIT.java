package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.support.Regions.KARANG_JINAWI_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JSON of the priorities endpoint, produced by the controller from the service and serialised as Spring does. */
@SpringBootTest
class OutreachApiJsonIT {

    @Autowired
    OutreachApiController controller;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        new TestCases(jdbc, "OAPI").deleteAll();
        new OutreachFixture(jdbc).deleteAll();
    }

    @Test
    void priorities_list_villages_in_rank_order_with_raw_and_scaled_factors_and_the_category() throws Exception {
        TestCases fixture = new TestCases(jdbc, "OAPI");
        for (int i = 0; i < 5; i++) {
            fixture.insert(
                    "OFFICE",
                    "KTP",
                    "WAITING_IN_PERSON",
                    TestCases.anyNik(),
                    "Warga",
                    KARANG_JINAWI_VILLAGE,
                    Instant.parse("2025-06-01T02:00:00Z"));
        }

        JsonNode body = json.readTree(json.writeValueAsString(controller.priorities(LocalDate.of(2025, 6, 30))));

        assertThat(body.get("date").asText()).isEqualTo("2025-06-30");
        assertThat(body.get("weightsSaved").asBoolean()).isFalse();
        assertThat(body.get("weights").get("DEMAND").asInt()).isEqualTo(Weights.OFFICE_OPEN.demand());
        assertThat(body.get("thresholds").get("accessGoodPct").asInt()).isEqualTo(80);
        JsonNode villages = body.get("villages");
        assertThat(villages).hasSize(54);
        assertThat(villages.get(0).get("rank").asInt()).isEqualTo(1);
        for (int i = 1; i < villages.size(); i++) {
            assertThat(villages.get(i).get("score").asDouble())
                    .isLessThanOrEqualTo(villages.get(i - 1).get("score").asDouble());
        }
        // The farthest village, the only one with requests (all waiting at the office).
        JsonNode top = null;
        for (JsonNode v : villages) {
            if (v.get("code").asText().equals(KARANG_JINAWI_VILLAGE)) {
                top = v;
            }
        }
        assertThat(top).isNotNull();
        assertThat(top.get("name").asText()).isEqualTo("Karang Jinawi");
        assertThat(top.get("districtName").asText()).isEqualTo("Sepaku");
        assertThat(top.get("rank").asInt()).isPositive();
        // Uptake far above the regency's (good access), nothing completed (poor utilisation).
        assertThat(top.get("category").asInt()).isEqualTo(2);
        JsonNode demand = top.get("factors").get("DEMAND");
        assertThat(demand.get("raw").asDouble()).isEqualTo(5.0);
        assertThat(demand.get("scaled").asDouble()).isEqualTo(0.05);
        assertThat(demand.get("weight").asInt()).isEqualTo(Weights.OFFICE_OPEN.demand());
        assertThat(top.get("factors").get("ACCESS").get("raw").asDouble()).isEqualTo(72.0);
        assertThat(top.get("factors").get("RECENCY").get("raw").isNull()).isTrue();
        assertThat(top.get("factors").fieldNames())
                .toIterable()
                .containsExactly("DEMAND", "ADOPTION_GAP", "UNDER_SERVICE", "ACCESS", "RECENCY", "COVERAGE_GAP");
    }

    @Test
    void saved_weights_are_used_and_reported() throws Exception {
        jdbc.sql("""
                insert into outreach_settings values (1, 100, 0, 0, 0, 0, 80, 90, 'perencana', now())
                """).update();

        JsonNode body = json.readTree(json.writeValueAsString(controller.priorities(LocalDate.of(2025, 6, 30))));

        assertThat(body.get("weightsSaved").asBoolean()).isTrue();
        assertThat(body.get("weights").get("DEMAND").asInt()).isEqualTo(100);
        assertThat(body.get("weights").get("ACCESS").asInt()).isZero();
    }
}
