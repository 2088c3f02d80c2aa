package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.ApiProblems.assertProblem;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.TestCases;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Malformed requests to every endpoint under /api, one of each kind, over real HTTP: each gets a
 * precise 4xx in problem+json naming what is wrong, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBadInputIT {

    /** Every scope, so that no 403 hides the answer under test. */
    private static final String KEY = "ppu_badinputAllScopesKey0000000000000000000";

    private static final String NIK = IntakeTestData.nik(1, 5, 1, 90, 8301);
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    private ApiRequests api;
    private String before;

    @BeforeEach
    void setUp() {
        keys.createIfMissing("badinput-all", KEY, Set.of(ApiScope.SUBMIT, ApiScope.IMPORT, ApiScope.READ), "WEB");
        api = new ApiRequests(port);
        before = ApiRequests.fingerprint(jdbc);
    }

    @AfterEach
    void nothingWasStored() {
        String after = ApiRequests.fingerprint(jdbc);
        TestCases.deleteWhere(jdbc, "external_id like 'BADIN-%' or nik = '" + NIK + "'");
        jdbc.sql("delete from api_key where name = 'badinput-all'").update();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_case_sent_as_multipart_without_a_boundary_is_refused_as_a_content_type_problem() throws Exception {
        HttpResponse<String> r = post("/api/v1/cases", "multipart/form-data", valid("BADIN-1"));

        assertThat(r.statusCode()).as(r.body()).isIn(400, 415);
        assertProblem(r);
    }

    @Test
    void a_case_sent_as_proper_multipart_plain_text_form_data_or_without_a_type_is_unsupported() throws Exception {
        String multipart = "--xyz\r\nContent-Disposition: form-data; name=\"externalId\"\r\n\r\nBADIN-2\r\n--xyz--\r\n";
        assertProblem(post("/api/v1/cases", "multipart/form-data; boundary=xyz", multipart), 415, null);
        assertProblem(post("/api/v1/cases", "text/plain", valid("BADIN-2")), 415, null);
        assertProblem(post("/api/v1/cases", "application/x-www-form-urlencoded", "externalId=BADIN-2"), 415, null);
        assertProblem(post("/api/v1/cases", "no-such-type", valid("BADIN-2")), 415, null);
        assertProblem(
                api.send(
                        "POST",
                        "/api/v1/cases",
                        Map.of("Authorization", "Bearer " + KEY),
                        valid("BADIN-2").getBytes(StandardCharsets.UTF_8)),
                415,
                null);
    }

    @Test
    void truncated_json_and_json_that_is_no_object_are_bad_requests() throws Exception {
        String body = valid("BADIN-3");
        assertProblem(post("/api/v1/cases", JSON, body.substring(0, body.length() / 2)), 400, null);
        assertProblem(post("/api/v1/cases", JSON, "[" + body + "]"), 400, null);
        assertProblem(post("/api/v1/cases", JSON, "\"" + "x" + "\""), 400, null);
        assertProblem(post("/api/v1/cases", JSON, "null"), 400, null);
        assertProblem(post("/api/v1/cases", JSON, ""), 400, null);
    }

    @Test
    void json_with_a_field_twice_or_anything_after_the_object_is_a_bad_request() throws Exception {
        String body = valid("BADIN-8");
        assertProblem(post("/api/v1/cases", JSON, body + "{}"), 400, null);
        assertProblem(post("/api/v1/cases", JSON, body + body), 400, null);
        assertProblem(post("/api/v1/cases", JSON, body + ","), 400, null);
        assertProblem(
                post("/api/v1/cases", JSON, body.replace("{", "{\"channel\":\"WEB\",\"channel\":\"WEB\",")), 400, null);
        assertProblem(post("/api/v1/cases", JSON, body.replace("{", "{\"nik\":\"1\",")), 400, null);
    }

    @Test
    void a_field_of_the_wrong_json_type_is_named_in_the_problem() throws Exception {
        assertProblem(post("/api/v1/cases", JSON, valid("BADIN-4").replace("\"" + NIK + "\"", "123")), 400, "nik");
        assertProblem(post("/api/v1/cases", JSON, valid("BADIN-4").replace("\"" + NIK + "\"", NIK)), 400, "nik");
        assertProblem(post("/api/v1/cases", JSON, valid("BADIN-4").replace("\"" + NIK + "\"", "[\"x\"]")), 400, "nik");
        assertProblem(
                post("/api/v1/cases", JSON, valid("BADIN-4").replace("\"" + NIK + "\"", "{\"a\":1}")), 400, "nik");
        assertProblem(
                post("/api/v1/cases", JSON, valid("BADIN-4").replace("\"Siti Aminah\"", "true")), 400, "applicantName");
        assertProblem(
                post("/api/v1/cases", JSON, valid("BADIN-4").replace("\"KTP\"", "[\"KTP\"]")), 400, "serviceType");
    }

    @Test
    void a_value_just_over_each_database_limit_is_refused_by_validation_naming_the_field() throws Exception {
        assertProblem(post("/api/v1/cases", JSON, with("BADIN-5", "externalId", "E".repeat(101))), 400, "externalId");
        assertProblem(
                post("/api/v1/cases", JSON, with("BADIN-5", "applicantName", "S".repeat(121))), 400, "applicantName");
        assertProblem(post("/api/v1/cases", JSON, with("BADIN-5", "notes", "n".repeat(2001))), 400, "notes");
        assertProblem(post("/api/v1/cases", JSON, with("BADIN-5", "phone", "0812345678901234")), 400, "phone");
        assertProblem(post("/api/v1/cases", JSON, with("BADIN-5", "nik", NIK + "1")), 400, "nik");
        assertProblem(
                post("/api/v1/cases", JSON, with("BADIN-5", "villageCode", "64.09.01.10091")), 400, "villageCode");
    }

    @Test
    void text_the_database_cannot_store_is_refused_by_validation_naming_the_field() throws Exception {
        assertProblem(
                post("/api/v1/cases", JSON, with("BADIN-6", "applicantName", "Siti\\u0000Aminah")),
                400,
                "applicantName");
        assertProblem(post("/api/v1/cases", JSON, with("BADIN-6", "notes", "catatan\\u0000")), 400, "notes");
        assertProblem(
                post("/api/v1/cases", JSON, with("BADIN-6", "applicantName", "Siti\\ud800Aminah")),
                400,
                "applicantName");
        assertProblem(
                post("/api/v1/cases", JSON, with("BADIN-6", "submittedAt", "-100000-01-01T00:00:00+08:00")),
                400,
                "submittedAt");
    }

    @Test
    void the_problem_does_not_echo_personal_data() throws Exception {
        HttpResponse<String> r = post("/api/v1/cases", JSON, with("BADIN-7", "applicantName", "Siti\\u0000Aminah"));

        assertProblem(r, 400, "applicantName");
        assertThat(r.body()).doesNotContain("Siti").doesNotContain(NIK).doesNotContain("0812");
    }

    @Test
    void wrong_methods_answer_405_with_the_allowed_ones() throws Exception {
        HttpResponse<String> r = api.send("DELETE", "/api/v1/cases", auth(), null);
        assertProblem(r, 405, null);
        assertThat(r.headers().firstValue("Allow"))
                .hasValueSatisfying(a -> assertThat(a).contains("POST"));
        assertProblem(api.send("PUT", "/api/v1/cases/PPU-2026-0000001", auth(), null), 405, null);
        assertProblem(api.send("GET", "/api/v1/imports", auth(), null), 405, null);
        assertProblem(api.send("POST", "/api/v1/stats/uptake", auth(), null), 405, null);
        assertProblem(api.send("DELETE", "/api/v1/outreach/priorities", auth(), null), 405, null);
    }

    @Test
    void an_accept_header_the_endpoint_cannot_serve_answers_406() throws Exception {
        assertProblem(get("/api/v1/cases/PPU-2026-0000001", "text/html"), 406, null);
        assertProblem(get("/api/v1/stats/uptake", "application/xml"), 406, null);
        assertProblem(get("/api/v1/outreach/priorities", "image/png"), 406, null);
        assertProblem(
                api.send(
                        "POST",
                        "/api/v1/cases",
                        Map.of("Authorization", "Bearer " + KEY, "Content-Type", JSON, "Accept", "text/csv"),
                        "{".getBytes(StandardCharsets.UTF_8)),
                406,
                null);
    }

    @Test
    void unknown_and_repeated_query_parameters_of_the_get_endpoints_are_named() throws Exception {
        assertProblem(get("/api/v1/cases/PPU-2026-0000001?nik=1", JSON), 400, "nik");
        assertProblem(get("/api/v1/stats/uptake?groupby=month", JSON), 400, "groupby");
        assertProblem(get("/api/v1/stats/uptake?from=2020-01-01&from=2021-01-01", JSON), 400, "from");
        assertProblem(get("/api/v1/outreach/priorities?day=2025-06-30", JSON), 400, "day");
        assertProblem(get("/api/v1/outreach/priorities?date=2025-06-30&date=2025-06-30", JSON), 400, "date");
    }

    @Test
    void malformed_query_values_are_named_without_echoing_them() throws Exception {
        HttpResponse<String> outreach = get("/api/v1/outreach/priorities?date=30-06-2025", JSON);
        assertProblem(outreach, 400, "date");
        assertThat(outreach.body()).doesNotContain("30-06-2025");
        assertProblem(get("/api/v1/outreach/priorities?date=%2B999999999-12-31", JSON), 400, "date");
        assertProblem(get("/api/v1/outreach/priorities?date=-999999999-01-01", JSON), 400, "date");
        assertProblem(get("/api/v1/stats/uptake?from=-999999-01-01", JSON), 400, "from");
        assertProblem(get("/api/v1/stats/uptake?to=%2B999999999-12-31", JSON), 400, "to");
        assertProblem(get("/api/v1/stats/uptake?from=0001-01-01&groupBy=village", JSON), 400, "from");
    }

    @Test
    void a_malformed_case_number_is_a_bad_request_naming_it() throws Exception {
        assertProblem(get("/api/v1/cases/" + "A".repeat(300), JSON), 400, "caseNumber");
        assertProblem(get("/api/v1/cases/PPU%202026", JSON), 400, "caseNumber");
        assertProblem(get("/api/v1/cases/%C3%A9%E2%80%8B", JSON), 400, "caseNumber");
    }

    @Test
    void a_request_the_firewall_refuses_still_gets_problem_json() throws Exception {
        assertProblem(get("/api/v1/cases/a%3Bb", JSON), 400, null);
        assertProblem(get("/api/v1/cases/a%25b", JSON), 400, null);
        assertProblem(get("/api/v1/stats/uptake?%0A=1", JSON), 400, null);
        assertProblem(get("/api/v1/cases/a%00b", JSON), 400, null);
        assertProblem(get("/api/v1/cases/a%2Fb", JSON), 400, null);
    }

    @Test
    void an_import_whose_body_is_not_multipart_is_a_bad_request() throws Exception {
        assertProblem(
                post("/api/v1/imports", "multipart/form-data; boundary=abc", "external_id;nik\nX;1\n"), 400, null);
        assertProblem(post("/api/v1/imports", "multipart/form-data", "external_id;nik\nX;1\n"), 400, null);
        String truncated =
                "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nexternal_id";
        assertProblem(post("/api/v1/imports", "multipart/form-data; boundary=abc", truncated), 400, null);
    }

    @Test
    void an_import_sent_as_json_or_without_its_file_part_is_refused() throws Exception {
        assertProblem(post("/api/v1/imports", JSON, "{}"), 415, null);
        String other =
                "--abc\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"a.csv\"\r\n\r\nx\r\n--abc--\r\n";
        assertProblem(post("/api/v1/imports", "multipart/form-data; boundary=abc", other), 400, "file");
    }

    @Test
    void unknown_api_paths_are_404_problems_whatever_the_method() throws Exception {
        assertProblem(api.send("GET", "/api/v1/nothing-here", auth(), null), 404, null);
        assertProblem(api.send("DELETE", "/api/v2/cases", auth(), null), 404, null);
        assertProblem(
                api.send(
                        "POST",
                        "/api/",
                        Map.of("Authorization", "Bearer " + KEY, "Content-Type", "text/plain"),
                        "x".getBytes(StandardCharsets.UTF_8)),
                404,
                null);
    }

    @Test
    void the_problem_of_an_unknown_parameter_lists_the_known_ones() throws Exception {
        JsonNode p = assertProblem(get("/api/v1/outreach/priorities?datum=2025-06-30", JSON), 400, "datum");

        assertThat(p.path("allowed").toString()).isEqualTo("[\"date\"]");
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + KEY);
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return api.send(
                "POST",
                path,
                Map.of("Authorization", "Bearer " + KEY, "Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return api.send("GET", path, Map.of("Authorization", "Bearer " + KEY, "Accept", accept), null);
    }

    private static String valid(String externalId) {
        return "{\"externalId\":\"" + externalId + "\",\"serviceType\":\"KTP\",\"nik\":\"" + NIK
                + "\",\"applicantName\":\"Siti Aminah\",\"villageCode\":\"64.09.01.1009\",\"phone\":\"081234567890\"}";
    }

    /** A valid request but for one field, given as raw JSON string content (escapes allowed). */
    private static String with(String externalId, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("externalId", externalId);
        fields.put("serviceType", "KTP");
        fields.put("nik", NIK);
        fields.put("applicantName", "Siti Aminah");
        fields.put("villageCode", NIPAH_NIPAH_VILLAGE);
        fields.put("phone", "081234567890");
        fields.put(field, value);
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
