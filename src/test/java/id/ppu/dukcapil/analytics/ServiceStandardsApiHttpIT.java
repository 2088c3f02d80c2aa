package id.ppu.dukcapil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.ApiHttp;
import id.ppu.dukcapil.support.TestCases;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/v1/stats/service-standards} over real HTTP: known figures on a hand-made May 2012
 * (with a completion just past the WITA midnight at the period's end), the same figures from SQL
 * written here independently of the service, the dashboard's figures for the same filter, and
 * precise refusals of bad parameters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceStandardsApiHttpIT {

    private static final String READ_KEY = "ppu_standardstestReadKey00000000000000000000";
    private static final String SUBMIT_KEY = "ppu_standardstestSubmitKey000000000000000000";
    private static final String SEPAKU = "64.09.04.1005";
    private static final String NIPAH = "64.09.01.1009";
    private static final String PATH = "/api/v1/stats/service-standards?from=2012-05-01&to=2012-05-31&groupBy=";
    private static final AnalyticsFilter MAY_2012 =
            new AnalyticsFilter(new Period(LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 31)), null, null);

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceStandardStats stats;

    private final ObjectMapper json = new ObjectMapper();
    private TestCases fixture;

    @BeforeAll
    void setUp() {
        keys.createIfMissing("standardstest-read", READ_KEY, Set.of(ApiScope.READ), null);
        keys.createIfMissing("standardstest-submit", SUBMIT_KEY, Set.of(ApiScope.SUBMIT), "WEB");
        fixture = new TestCases(jdbc, "SSA");
        // KTP: within (4 days), late (6), within at 23:30 WITA on its due day (5); KK: late (4), and one
        // completed 00:30 WITA on 1 June, outside the period although it is still 31 May in UTC.
        completed("WEB", "KTP", SEPAKU, LocalDateTime.of(2012, 5, 10, 10, 0), LocalDate.of(2012, 5, 11), 4);
        completed("OFFICE", "KTP", NIPAH, LocalDateTime.of(2012, 5, 14, 9, 0), LocalDate.of(2012, 5, 11), 6);
        completed("APP", "KTP", SEPAKU, LocalDateTime.of(2012, 5, 31, 23, 30), LocalDate.of(2012, 5, 31), 5);
        completed("WEB", "KK", SEPAKU, LocalDateTime.of(2012, 5, 3, 9, 0), LocalDate.of(2012, 5, 2), 4);
        completed("WEB", "KK", NIPAH, LocalDateTime.of(2012, 6, 1, 0, 30), LocalDate.of(2012, 6, 5), 2);
        // Open: one running and overdue, one overdue on paper but waiting for the resident.
        open("VERIFIED", "KIA", SEPAKU, LocalDate.of(2012, 4, 2));
        open("NEEDS_CORRECTION", "KIA", SEPAKU, LocalDate.of(2012, 4, 2));
    }

    @AfterAll
    void tearDown() {
        fixture.deleteAll();
        jdbc.sql("delete from api_key where name like 'standardstest-%'").update();
    }

    @Test
    void per_service_the_answer_has_the_known_figures() throws Exception {
        HttpResponse<String> response = get(PATH + "service", READ_KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("groupBy").asText()).isEqualTo("service");
        JsonNode groups = body.get("groups");
        assertThat(groups).hasSize(7);
        JsonNode ktp = group(groups, "KTP");
        assertThat(ktp.get("completed").asLong()).isEqualTo(3);
        assertThat(ktp.get("completedWithinStandard").asLong()).isEqualTo(2);
        assertThat(ktp.get("withinStandardShare").asDouble()).isEqualTo(0.6667);
        assertThat(ktp.get("medianWorkingDays").asDouble()).isEqualTo(5.0);
        JsonNode kk = group(groups, "KK");
        assertThat(kk.get("completed").asLong()).isEqualTo(1);
        assertThat(kk.get("completedWithinStandard").asLong()).isZero();
        assertThat(kk.get("withinStandardShare").asDouble()).isZero();
        assertThat(group(groups, "DEATH_CERT").get("withinStandardShare").isNull())
                .isTrue();
        assertThat(group(groups, "DEATH_CERT").get("medianWorkingDays").isNull())
                .isTrue();
        assertThat(group(groups, "KIA").get("openOverdue").asLong()).isPositive();
        assertThat(body.get("total").get("completed").asLong()).isEqualTo(4);
        assertThat(body.get("definitions").get("openOverdue").asText()).contains("today");
        assertThat(response.body()).doesNotContainPattern("6409[0-9]{12}").doesNotContain("Ssatest");
    }

    @Test
    void every_grouping_equals_sql_written_independently_and_the_dashboards_figures() throws Exception {
        for (StandardGrouping grouping : StandardGrouping.values()) {
            String column = switch (grouping) {
                case SERVICE -> "service_type";
                case CHANNEL -> "channel";
                case DISTRICT -> "district_code";
            };
            JsonNode groups = json.readTree(
                            get(PATH + grouping.name().toLowerCase(), READ_KEY).body())
                    .get("groups");
            Map<String, long[]> raw = new HashMap<>();
            jdbc.sql("select " + column + " as k, count(*) as n,"
                            + " sum(case when (completed_at at time zone 'Asia/Makassar')::date <= due_on then 1 else 0 end) as w"
                            + " from service_case where status = 'COMPLETED'"
                            + " and (completed_at at time zone 'Asia/Makassar')::date between date '2012-05-01' and date '2012-05-31'"
                            + " group by 1")
                    .query(rs -> {
                        raw.computeIfAbsent(rs.getString("k"), k -> new long[3])[0] = rs.getLong("n");
                        raw.get(rs.getString("k"))[1] = rs.getLong("w");
                    });
            jdbc.sql("select " + column + " as k, count(*) as n from service_case"
                            + " where status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY')"
                            + " and due_on < (now() at time zone 'Asia/Makassar')::date group by 1")
                    .query(rs -> {
                        raw.computeIfAbsent(rs.getString("k"), k -> new long[3])[2] = rs.getLong("n");
                    });
            List<StandardShare> dashboard = stats.shares(MAY_2012, grouping);
            assertThat(groups).hasSize(dashboard.size());
            for (JsonNode g : groups) {
                long[] expected = raw.getOrDefault(g.get("key").asText(), new long[3]);
                String key = grouping + " " + g.get("key").asText();
                assertThat(g.get("completed").asLong()).as(key).isEqualTo(expected[0]);
                assertThat(g.get("completedWithinStandard").asLong()).as(key).isEqualTo(expected[1]);
                assertThat(g.get("openOverdue").asLong()).as(key).isEqualTo(expected[2]);
                StandardShare d = dashboard.stream()
                        .filter(s -> s.key().equals(g.get("key").asText()))
                        .findFirst()
                        .orElseThrow();
                assertThat(g.get("completed").asLong()).as(key).isEqualTo(d.completed());
                assertThat(g.get("completedWithinStandard").asLong()).as(key).isEqualTo(d.completedWithinStandard());
                assertThat(g.get("openOverdue").asLong()).as(key).isEqualTo(d.openOverdue());
            }
        }
        JsonNode districts =
                json.readTree(get(PATH + "district", READ_KEY).body()).get("groups");
        assertThat(districts).hasSize(4);
        assertThat(group(districts, "64.09.04").get("completed").asLong()).isEqualTo(3);
        assertThat(group(districts, "64.09.04").get("name").asText()).isEqualTo("Sepaku");
        assertThat(stats.total(MAY_2012).completed()).isEqualTo(4);
    }

    @Test
    void bad_parameters_are_refused_as_problem_json_naming_the_parameter() throws Exception {
        for (String[] bad : List.of(
                new String[] {PATH + "village", "groupBy"},
                new String[] {"/api/v1/stats/service-standards?from=2012-13-01", "from"},
                new String[] {"/api/v1/stats/service-standards?from=2012-05-31&to=2012-05-01", "to"},
                new String[] {"/api/v1/stats/service-standards?groupby=service", "groupby"})) {
            HttpResponse<String> response = get(bad[0], READ_KEY);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("parameter").asText())
                    .as(bad[0])
                    .isEqualTo(bad[1]);
        }
        assertThat(get(PATH + "service", null).statusCode()).isEqualTo(401);
        assertThat(get(PATH + "service", SUBMIT_KEY).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return new ApiHttp(port).get(path, key, "application/json");
    }

    private static JsonNode group(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (g.get("key").asText().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key);
    }

    private void completed(
            String channel, String service, String village, LocalDateTime doneWita, LocalDate due, int days) {
        Instant done = doneWita.atZone(id.ppu.dukcapil.base.Wita.ZONE).toInstant();
        String n = fixture.insert(
                channel,
                service,
                "COMPLETED",
                TestCases.anyNik(),
                "Warga Ssatest",
                village,
                done.minusSeconds(7 * 86400));
        jdbc.sql(
                        "update service_case set completed_at = :at, due_on = :due, working_days_taken = :d where case_number = :n")
                .param("at", java.sql.Timestamp.from(done))
                .param("due", Date.valueOf(due))
                .param("d", days)
                .param("n", n)
                .update();
    }

    private void open(String status, String service, String village, LocalDate due) {
        String n = fixture.insert(
                "WEB",
                service,
                status,
                TestCases.anyNik(),
                "Warga Ssatest",
                village,
                due.minusDays(7).atStartOfDay(id.ppu.dukcapil.base.Wita.ZONE).toInstant());
        jdbc.sql("update service_case set due_on = :due where case_number = :n")
                .param("due", Date.valueOf(due))
                .param("n", n)
                .update();
    }
}
