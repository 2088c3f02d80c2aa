package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The channel API over real HTTP against the running application on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeApiIT {

    private static final String WEB_KEY = "ppu_apitestWebKey00000000000000000000000000";
    private static final String APP_KEY = "ppu_apitestAppKey00000000000000000000000000";
    private static final String IMPORT_KEY = "ppu_apitestImportKey00000000000000000000000";
    private static final String READ_KEY = "ppu_apitestReadKey0000000000000000000000000";
    /** NIKs of this class end in 82xx; external ids start with APITEST; WhatsApp senders with 6281200. */
    private static final String SITI = IntakeTestData.nik(1, 5, 1, 90, 8201);

    private static final String BUDI = IntakeTestData.nik(2, 12, 3, 85, 8202);

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Value("${app.whatsapp.verify-token}")
    String verifyToken;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void createKeys() {
        keys.createIfMissing("apitest-web", WEB_KEY, Set.of(ApiScope.SUBMIT), "WEB");
        keys.createIfMissing("apitest-app", APP_KEY, Set.of(ApiScope.SUBMIT), "APP");
        keys.createIfMissing("apitest-import", IMPORT_KEY, Set.of(ApiScope.IMPORT), null);
        keys.createIfMissing("apitest-read", READ_KEY, Set.of(ApiScope.READ), null);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        TestCases.deleteWhere(jdbc, "right(nik, 4) like '82%' or external_id like 'APITEST%' or phone like '6281200%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.APITEST%'")
                .update();
        jdbc.sql("delete from api_key where name like 'apitest-%'").update();
    }

    @Test
    void a_new_request_is_created_and_its_retry_returns_the_same_case() throws Exception {
        String body = submission("APITEST-1", "KTP", SITI, "Siti Aminah");

        HttpResponse<String> created = post("/api/v1/cases", WEB_KEY, body);
        HttpResponse<String> retried = post("/api/v1/cases", WEB_KEY, body);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(created.body());
        assertThat(receipt.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(receipt.path("mergedInto").isNull()).isTrue();
        assertThat(created.headers().firstValue("Location"))
                .contains("/api/v1/cases/" + receipt.path("caseNumber").asText());
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json.readTree(retried.body()).path("caseNumber").asText())
                .isEqualTo(receipt.path("caseNumber").asText());
        assertThat(countMine()).isEqualTo(1);
    }

    @Test
    void the_same_citizen_through_another_channel_is_merged_into_the_open_case() throws Exception {
        String first = json.readTree(post("/api/v1/cases", WEB_KEY, submission("APITEST-2", "KK", BUDI, "Budi"))
                        .body())
                .path("caseNumber")
                .asText();

        HttpResponse<String> second =
                post("/api/v1/cases", APP_KEY, submission("APITEST-3", "Kartu Keluarga", BUDI, "Budi"));

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json.readTree(second.body()).path("status").asText()).isEqualTo("MERGED");
        assertThat(json.readTree(second.body()).path("mergedInto").asText()).isEqualTo(first);
        JsonNode status = json.readTree(get("/api/v1/cases/" + first, APP_KEY).body());
        assertThat(status.path("channels").toString()).isEqualTo("[\"WEB\",\"APP\"]");
    }

    @Test
    void an_invalid_request_lists_every_invalid_field_as_problem_json_and_stores_nothing() throws Exception {
        String body = """
                {"externalId":"APITEST-4","serviceType":"PASPOR","nik":"6409019999900003","applicantName":"",
                 "villageCode":"64.09.99.9999","phone":"12","submittedAt":"kemarin","notes":null}""";

        HttpResponse<String> r = post("/api/v1/cases", WEB_KEY, body);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        List<String> fields = problem.path("errors").findValuesAsText("field");
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "serviceType", "villageCode", "submittedAt", "nik", "applicantName", "phone");
        assertThat(problem.path("errors").findValuesAsText("code")).contains("nik.error.birthdate", "validation.phone");
        assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
        assertThat(countMine()).isZero();
    }

    @Test
    void english_clients_get_english_reasons() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(uri("/api/v1/cases"))
                        .header("Authorization", "Bearer " + WEB_KEY)
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                submission("APITEST-5", "KTP", "6.40901E+15", "Siti")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).path("errors").get(0).path("message").asText())
                .contains("Excel");
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() throws Exception {
        HttpResponse<String> r = post("/api/v1/cases", WEB_KEY, "{\"externalId\": ");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).path("code").asText()).isEqualTo("api.error.body");
    }

    @Test
    void requests_without_a_valid_key_are_unauthorized() throws Exception {
        String body = submission("APITEST-6", "KTP", SITI, "Siti Aminah");

        HttpResponse<String> none = http.send(
                HttpRequest.newBuilder(uri("/api/v1/cases"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = post("/api/v1/cases", "ppu_doesNotExist000000000000000000000000000", body);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(none.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(countMine()).isZero();
    }

    @Test
    void a_revoked_key_stops_working_at_once() throws Exception {
        assertThat(get("/api/v1/cases/PPU-0000-0000000", READ_KEY).statusCode()).isEqualTo(404);
        long id = jdbc.sql("select id from api_key where name = 'apitest-read'")
                .query(Long.class)
                .single();
        signIn("admin", Role.ADMIN);

        keys.revoke(id);

        assertThat(get("/api/v1/cases/PPU-0000-0000000", READ_KEY).statusCode()).isEqualTo(401);
    }

    @Test
    void a_key_may_not_submit_for_another_channel_or_without_the_submit_scope() throws Exception {
        String body = "{\"externalId\":\"APITEST-7\",\"channel\":\"APP\",\"serviceType\":\"KTP\",\"nik\":\"" + SITI
                + "\",\"applicantName\":\"Siti\",\"villageCode\":\"64.09.01.1009\"}";

        HttpResponse<String> mismatch = post("/api/v1/cases", WEB_KEY, body);
        HttpResponse<String> noScope = post("/api/v1/cases", IMPORT_KEY, submission("APITEST-8", "KTP", SITI, "Siti"));

        assertThat(mismatch.statusCode()).isEqualTo(403);
        assertThat(json.readTree(mismatch.body()).path("code").asText()).isEqualTo("api.error.channelMismatch");
        assertThat(noScope.statusCode()).isEqualTo(403);
        assertThat(countMine()).isZero();
    }

    @Test
    void bodies_over_64_kib_are_refused_whether_declared_or_streamed() throws Exception {
        String big = "{\"externalId\":\"APITEST-9\",\"serviceType\":\"KTP\",\"nik\":\"" + SITI
                + "\",\"applicantName\":\"Siti\",\"villageCode\":\"64.09.01.1009\",\"notes\":\"" + "x".repeat(70_000)
                + "\"}";

        HttpResponse<String> declared = post("/api/v1/cases", WEB_KEY, big);
        HttpResponse<String> streamed = http.send(
                HttpRequest.newBuilder(uri("/api/v1/cases"))
                        .header("Authorization", "Bearer " + WEB_KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(json.readTree(declared.body()).path("code").asText()).isEqualTo("api.error.tooLarge");
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(countMine()).isZero();
    }

    @Test
    void the_status_shows_history_timestamps_to_its_channel_and_to_readers_only() throws Exception {
        String number = json.readTree(
                        post("/api/v1/cases", WEB_KEY, submission("APITEST-10", "KTP", SITI, "Siti Aminah"))
                                .body())
                .path("caseNumber")
                .asText();

        HttpResponse<String> own = get("/api/v1/cases/" + number, WEB_KEY);
        HttpResponse<String> other = get("/api/v1/cases/" + number, APP_KEY);
        HttpResponse<String> reader = get("/api/v1/cases/" + number, READ_KEY);

        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode status = json.readTree(own.body());
        assertThat(status.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(status.path("history").get(0).path("event").asText()).isEqualTo("CREATED");
        assertThat(Instant.parse(status.path("history").get(0).path("at").asText()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(own.body()).doesNotContain(SITI).doesNotContain("Siti");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(reader.statusCode()).isEqualTo(200);
    }

    @Test
    void the_whatsapp_handshake_echoes_the_challenge_only_for_the_configured_token() throws Exception {
        HttpResponse<String> ok = get(
                "/api/v1/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=" + verifyToken
                        + "&hub.challenge=1158201444",
                null);
        HttpResponse<String> wrong =
                get("/api/v1/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", null);

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
    }

    @Test
    void a_signed_whatsapp_message_becomes_a_case_once_even_when_redelivered() throws Exception {
        byte[] body = whatsApp(
                "wamid.APITEST1", "628120000001", "akta lahir " + IntakeTestData.nik(3, 2, 2, 20, 8203) + " Nur Aini");

        HttpResponse<String> first = webhook(body, WhatsAppSignature.sign(body, appSecret));
        HttpResponse<String> again = webhook(body, WhatsAppSignature.sign(body, appSecret));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "select channel || ' ' || service_type || ' ' || status || ' ' || applicant_name from service_case "
                                        + "where phone = '628120000001'")
                        .query(String.class)
                        .list())
                .containsExactly("WHATSAPP BIRTH_CERT SUBMITTED Nur Aini");
    }

    @Test
    void a_webhook_call_with_a_wrong_or_missing_signature_is_refused_and_stores_nothing() throws Exception {
        byte[] body = whatsApp("wamid.APITEST2", "628120000002", "Halo");
        byte[] tampered = whatsApp("wamid.APITEST2", "628120000002", "Halo!");

        HttpResponse<String> wrong = webhook(tampered, WhatsAppSignature.sign(body, appSecret));
        HttpResponse<String> otherSecret = webhook(body, WhatsAppSignature.sign(body, "not-the-secret"));
        HttpResponse<String> missing = webhook(body, null);

        assertThat(List.of(wrong.statusCode(), otherSecret.statusCode(), missing.statusCode()))
                .containsOnly(401);
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id = 'wamid.APITEST2'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void status_updates_are_acknowledged_and_media_and_reactions_wait_in_triage() throws Exception {
        byte[] body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                  "messaging_product":"whatsapp","statuses":[{"id":"wamid.X","status":"delivered","timestamp":"1700000000"}],
                  "contacts":[{"profile":{"name":"Rudi"},"wa_id":"628120000003"}],
                  "messages":[{"from":"628120000003","id":"wamid.APITEST3","timestamp":"1700000000","type":"image",
                               "image":{"id":"m1","mime_type":"image/jpeg"}},
                              {"from":"628120000003","id":"wamid.APITEST4","timestamp":"1700000000","type":"reaction"}]}}]}]}""".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> r = webhook(body, WhatsAppSignature.sign(body, appSecret));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select status from service_case where phone = '628120000003'")
                        .query(String.class)
                        .list())
                .containsExactly("TRIAGE");
        assertThat(jdbc.sql(
                                "select count(*) from inbound_message where message_id in ('wamid.APITEST3', 'wamid.APITEST4')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void scripts_import_a_csv_with_an_import_key_and_get_the_report_as_json() throws Exception {
        String csv = "external_id;channel;service_type;nik;applicant_name;village_code;submitted_at\n"
                + "APITEST-20;WEB;KTP;" + SITI + ";Siti Aminah;64.09.01.1009;01/11/2026 08:00\n"
                + "APITEST-21;WEB;KTP;6.40901E+15;Budi;64.09.01.1009;01/11/2026 08:05\n";

        HttpResponse<String> r = multipart("/api/v1/imports", IMPORT_KEY, "ekspor.csv", csv);
        HttpResponse<String> again = multipart("/api/v1/imports", IMPORT_KEY, "ekspor.csv", csv);
        HttpResponse<String> wrongScope = multipart("/api/v1/imports", WEB_KEY, "ekspor.csv", csv);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(r.body());
        assertThat(report.path("imported").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").asInt()).isEqualTo(1);
        assertThat(report.path("rejectedRows").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(report.path("rejectedRows")
                        .get(0)
                        .path("problems")
                        .get(0)
                        .path("code")
                        .asText())
                .isEqualTo("nik.error.scientific");
        assertThat(json.readTree(again.body()).path("duplicates").asInt()).isEqualTo(1);
        assertThat(wrongScope.statusCode()).isEqualTo(403);
        assertThat(countMine()).isEqualTo(1);
    }

    @Test
    void other_api_paths_need_the_read_scope_and_answer_in_problem_json() throws Exception {
        assertThat(get("/api/v1/stats/uptake", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/stats/uptake", WEB_KEY).statusCode()).isEqualTo(403);
        HttpResponse<String> missing = get("/api/v1/does-not-exist", READ_KEY);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
    }

    @Test
    void the_served_openapi_document_lists_the_intake_endpoints() throws Exception {
        HttpResponse<String> r = get("/v3/api-docs", null);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(r.body());
        assertThat(doc.path("paths").has("/api/v1/cases")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/cases").has("post")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/cases/{caseNumber}").has("get"))
                .isTrue();
        assertThat(doc.path("paths").path("/api/v1/imports").has("post")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/whatsapp/webhook").has("get"))
                .isTrue();
        assertThat(doc.path("paths").path("/api/v1/whatsapp/webhook").has("post"))
                .isTrue();
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("apiKey")
                        .path("scheme")
                        .asText())
                .isEqualTo("bearer");
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    private long countMine() {
        return jdbc.sql(
                        "select count(*) from service_case where right(nik, 4) like '82%' or external_id like 'APITEST%'")
                .query(Long.class)
                .single();
    }

    private static String submission(String externalId, String service, String nik, String name) {
        return "{\"externalId\":\"" + externalId + "\",\"serviceType\":\"" + service + "\",\"nik\":\"" + nik
                + "\",\"applicantName\":\"" + name + "\",\"villageCode\":\"Nipah-Nipah\",\"phone\":\"0812 3456 7890\"}";
    }

    private static byte[] whatsApp(String id, String from, String text) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":"
                        + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":"
                        + "\"6281100000000\",\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Nur\"},"
                        + "\"wa_id\":\"" + from + "\"}],\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + id
                        + "\",\"timestamp\":\""
                        + (Instant.now().getEpochSecond() - 60) + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text
                        + "\"}}]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> webhook(byte[] body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/v1/whatsapp/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            b.header("X-Hub-Signature-256", signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipart(String path, String key, String fileName, String csv)
            throws IOException, InterruptedException {
        String boundary = "----dukcapil" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
