package id.ppu.dukcapil.analytics;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static id.ppu.dukcapil.support.Regions.WARU_DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.ApiHttp;
import id.ppu.dukcapil.support.TestCases;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
 * The open statistics endpoint over real HTTP: key rules, JSON and CSV, precise refusals, the
 * dashboard's figures for the same filter, and no personal data in the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsApiHttpIT {

    private static final String READ_KEY = "ppu_statstestReadKey000000000000000000000000";
    private static final String SUBMIT_KEY = "ppu_statstestSubmitKey0000000000000000000000";
    private static final String QUERY = "/api/v1/stats/uptake?from=2014-04-01&to=2014-06-30&groupBy=district";
    private static final AnalyticsFilter Q2_2014 =
            new AnalyticsFilter(new Period(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 6, 30)), null, null);

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnalyticsService analytics;

    private final ObjectMapper json = new ObjectMapper();
    private TestCases fixture;

    private HttpResponse<String> get(String path, String key, String accept) throws Exception {
        return new ApiHttp(port).get(path, key, accept);
    }

    /*
     * Second quarter of 2014: Sepaku has WEB (completed after 24 h), APP (completed after 72 h),
     * OFFICE (waiting for an in-person step) and a WHATSAPP duplicate merged into the WEB one;
     * Nipah-Nipah has one OFFICE request completed after 48 h.
     */
    @BeforeAll
    void setUp() {
        keys.createIfMissing("statstest-read", READ_KEY, Set.of(ApiScope.READ), null);
        keys.createIfMissing("statstest-submit", SUBMIT_KEY, Set.of(ApiScope.SUBMIT), "WEB");
        fixture = new TestCases(jdbc, "STHT");
        long web = fixture.insert(
                "WEB", "KTP", "COMPLETED", SEPAKU_VILLAGE, LocalDateTime.of(2014, 4, 4, 9, 0), Duration.ofHours(24));
        fixture.insert(
                "APP", "KK", "COMPLETED", SEPAKU_VILLAGE, LocalDateTime.of(2014, 5, 10, 10, 0), Duration.ofHours(72));
        fixture.insert("OFFICE", "KTP", "WAITING_IN_PERSON", SEPAKU_VILLAGE, LocalDateTime.of(2014, 6, 20, 8, 0), null);
        fixture.insert("WHATSAPP", "KTP", "MERGED", SEPAKU_VILLAGE, LocalDateTime.of(2014, 4, 5, 9, 0), null, web);
        fixture.insert(
                "OFFICE",
                "KIA",
                "COMPLETED",
                NIPAH_NIPAH_VILLAGE,
                LocalDateTime.of(2014, 5, 2, 9, 0),
                Duration.ofHours(48));
    }

    @AfterAll
    void tearDown() {
        fixture.deleteAll();
        jdbc.sql("delete from api_key where name like 'statstest-%'").update();
    }

    @Test
    void without_a_key_the_answer_is_401_and_with_a_key_lacking_the_read_scope_403() throws Exception {
        assertThat(get(QUERY, null, "application/json").statusCode()).isEqualTo(401);
        assertThat(get(QUERY, "ppu_notAKeyAtAll00000000000000000000000000000", "application/json")
                        .statusCode())
                .isEqualTo(401);
        assertThat(get(QUERY, SUBMIT_KEY, "application/json").statusCode()).isEqualTo(403);
    }

    @Test
    void json_per_district_gives_the_known_figures_and_the_dashboards() throws Exception {
        HttpResponse<String> response = get(QUERY, READ_KEY, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("from").asText()).isEqualTo("2014-04-01");
        assertThat(body.get("groupBy").asText()).isEqualTo("district");
        JsonNode groups = body.get("groups");
        assertThat(groups).hasSize(4);
        JsonNode sepaku = group(groups, SEPAKU_DISTRICT);
        // The merged WhatsApp duplicate is not counted: 3 requests, 2 of them online.
        assertThat(sepaku.get("channels").get("WEB").asLong()).isEqualTo(1);
        assertThat(sepaku.get("channels").get("APP").asLong()).isEqualTo(1);
        assertThat(sepaku.get("channels").get("WHATSAPP").asLong()).isZero();
        assertThat(sepaku.get("channels").get("OFFICE").asLong()).isEqualTo(1);
        assertThat(sepaku.get("total").asLong()).isEqualTo(3);
        assertThat(sepaku.get("onlineShare").asDouble()).isEqualTo(0.6667);
        assertThat(sepaku.get("population").asInt()).isEqualTo(41956);
        assertThat(sepaku.get("uptakePer1000").asDouble()).isEqualTo(Math.round(3 * 1000.0 / 41956 * 100) / 100.0);
        assertThat(sepaku.get("backlog").asLong()).isEqualTo(1);
        // Completed after 24 h and 72 h: the histogram's median lies between them.
        assertThat(sepaku.get("medianTurnaroundHours").asDouble()).isBetween(24.0, 72.0);
        assertThat(group(groups, PENAJAM_DISTRICT).get("total").asLong()).isEqualTo(1);
        assertThat(group(groups, WARU_DISTRICT).get("medianTurnaroundHours").isNull())
                .isTrue();
        assertThat(body.get("total").get("total").asLong()).isEqualTo(4);

        // Identical to what the dashboard reads for the same filter.
        List<AreaUptake> dashboard = analytics.districts(Q2_2014);
        for (AreaUptake d : dashboard) {
            JsonNode g = group(groups, d.code());
            assertThat(g.get("total").asLong())
                    .as(d.code())
                    .isEqualTo(d.counts().total());
            assertThat(g.get("online").asLong())
                    .as(d.code())
                    .isEqualTo(d.counts().online());
        }
        assertThat(body.get("total").get("total").asLong())
                .isEqualTo(analytics.kpis(Q2_2014).counts().total());
        // Aggregates only: no NIK, no names of residents.
        assertThat(response.body()).doesNotContainPattern("6409[0-9]{12}").doesNotContain(TestCases.BARE_CASE_NAME);
    }

    @Test
    void village_and_month_groupings_narrow_by_district_and_service() throws Exception {
        JsonNode villages = json.readTree(get(
                                "/api/v1/stats/uptake?from=2014-04-01&to=2014-06-30&groupBy=village&district=64.09.04",
                                READ_KEY,
                                "application/json")
                        .body())
                .get("groups");
        assertThat(villages).hasSize(15);
        assertThat(group(villages, SEPAKU_VILLAGE).get("total").asLong()).isEqualTo(3);

        JsonNode months = json.readTree(get(
                                "/api/v1/stats/uptake?from=2014-04-01&to=2014-06-30&groupBy=month&service=ktp",
                                READ_KEY,
                                "application/json")
                        .body())
                .get("groups");
        assertThat(months).extracting(m -> m.get("key").asText()).containsExactly("2014-04", "2014-05", "2014-06");
        assertThat(months).extracting(m -> m.get("total").asLong()).containsExactly(1L, 0L, 1L);
    }

    @Test
    void accept_text_csv_answers_the_same_rows_as_csv() throws Exception {
        HttpResponse<String> response = get(QUERY, READ_KEY, "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("uptake-district-2014-04-01-2014-06-30.csv"));
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("key,name,population,web,app,whatsapp,office,outreach,online,in_person,total,online_share,"
                        + "uptake_per_1000,median_turnaround_hours,backlog");
        assertThat(lines).hasSize(5);
        assertThat(lines[4])
                .startsWith("64.09.04,Sepaku,41956,1,1,0,1,0,2,1,3,0.6667,0.07,")
                .endsWith(",1");
    }

    @Test
    void bad_parameters_are_refused_with_a_problem_naming_the_parameter() throws Exception {
        assertProblem("/api/v1/stats/uptake?from=2014-02-30", "from");
        assertProblem("/api/v1/stats/uptake?from=2014-06-01&to=2014-01-01", "to");
        assertProblem("/api/v1/stats/uptake?groupBy=kecamatan", "groupBy");
        assertProblem("/api/v1/stats/uptake?district=Sepaku", "district");
        assertProblem("/api/v1/stats/uptake?service=PASPOR", "service");
    }

    private void assertProblem(String path, String parameter) throws Exception {
        HttpResponse<String> response = get(path, READ_KEY, "application/json");
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("parameter").asText())
                .as(path)
                .isEqualTo(parameter);
    }

    private static JsonNode group(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (g.get("key").asText().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + groups);
    }
}
