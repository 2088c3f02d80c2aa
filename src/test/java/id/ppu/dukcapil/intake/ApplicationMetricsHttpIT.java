package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.ApiHttp;
import id.ppu.dukcapil.support.PrometheusScrape;
import id.ppu.dukcapil.support.TestCases;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's own metrics, read as Prometheus reads them ({@code /actuator/prometheus} with a
 * read key) around real requests through each door: each counts what happened, once, and no
 * metric carries a NIK, a name, a phone number or a username.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationMetricsHttpIT {

    private static final String READ_KEY = "ppu_metrictestReadKey00000000000000000000000";
    private static final String WEB_KEY = "ppu_metrictestWebKey000000000000000000000000";
    private static final String IMPORT_KEY = "ppu_metrictestImportKey000000000000000000000";
    /** NIKs of this class end in 93xx; external ids start with METRICTEST; WhatsApp senders with 6281393. */
    private static final String NIK = IntakeTestData.nik(1, 17, 8, 91, 9301);

    private static final String IMPORT_NIK = IntakeTestData.nik(3, 2, 2, 88, 9302);
    private static final String NAME = "Rahmawati Kusumadewi";
    private static final String PHONE = "0813 9300 4455";
    private static final String SENDER = "6281393000001";
    private static final String USERNAME = "metrik.tidak.ada";

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void createKeys() {
        keys.createIfMissing("metrictest-read", READ_KEY, Set.of(ApiScope.READ), null);
        keys.createIfMissing("metrictest-web", WEB_KEY, Set.of(ApiScope.SUBMIT), "WEB");
        keys.createIfMissing("metrictest-import", IMPORT_KEY, Set.of(ApiScope.IMPORT), null);
    }

    @AfterAll
    void cleanUp() {
        TestCases.deleteWhere(
                jdbc, "right(nik, 4) like '93%' or external_id like 'METRICTEST%' or phone like '6281393%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.METRICTEST%'")
                .update();
        jdbc.sql("delete from api_key where name like 'metrictest-%'").update();
    }

    private PrometheusScrape scrape() throws Exception {
        HttpResponse<String> r = new ApiHttp(port).get("/actuator/prometheus", READ_KEY, "text/plain");
        assertThat(r.statusCode()).isEqualTo(200);
        return new PrometheusScrape(r.body());
    }

    private static double registered(PrometheusScrape s, String channel, String outcome) {
        return s.require("dukcapil_cases_registered_total", Map.of("channel", channel, "outcome", outcome));
    }

    @Test
    void a_case_registered_through_the_api_counts_once_for_its_channel_and_its_retry_not_at_all() throws Exception {
        PrometheusScrape before = scrape();

        HttpResponse<String> created = post("/api/v1/cases", WEB_KEY, submission("METRICTEST-1", "KTP"));
        HttpResponse<String> retry = post("/api/v1/cases", WEB_KEY, submission("METRICTEST-1", "KTP"));
        HttpResponse<String> merged = post("/api/v1/cases", WEB_KEY, submission("METRICTEST-2", "KTP"));
        HttpResponse<String> invalid = post("/api/v1/cases", WEB_KEY, submission("METRICTEST-3", "PASSPORT"));
        PrometheusScrape after = scrape();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(merged.statusCode()).isEqualTo(201);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(registered(after, "WEB", "created") - registered(before, "WEB", "created"))
                .isEqualTo(1);
        assertThat(registered(after, "WEB", "merged") - registered(before, "WEB", "merged"))
                .isEqualTo(1);
        assertThat(registered(after, "APP", "created")).isEqualTo(registered(before, "APP", "created"));
        assertNoPersonalData(after);
    }

    @Test
    void webhook_deliveries_count_as_accepted_or_rejected_with_the_reason() throws Exception {
        WebhookHttp webhook = new WebhookHttp(port, appSecret);
        PrometheusScrape before = scrape();

        HttpResponse<String> accepted = webhook.post(whatsApp("wamid.METRICTEST1", "Halo, syaratnya apa saja?"));
        HttpResponse<String> notJson = webhook.post("{\"object\":".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + WebhookHttp.PATH))
                        .header("Content-Type", "application/json")
                        .header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(whatsApp("wamid.METRICTEST2", "x")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> tooLarge = webhook.post(new byte[RequestSizeLimitFilter.WEBHOOK_LIMIT + 1]);
        HttpResponse<String> handshake =
                webhook.get(WebhookHttp.PATH + "?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1");
        PrometheusScrape after = scrape();

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(handshake.statusCode()).isEqualTo(403);
        assertThat(delta(before, after, "dukcapil_whatsapp_deliveries_total", Map.of("outcome", "accepted")))
                .isEqualTo(1);
        assertThat(delta(before, after, "dukcapil_whatsapp_deliveries_total", Map.of("reason", "malformed")))
                .isEqualTo(1);
        assertThat(delta(before, after, "dukcapil_whatsapp_deliveries_total", Map.of("reason", "signature")))
                .isEqualTo(1);
        assertThat(delta(before, after, "dukcapil_whatsapp_deliveries_total", Map.of("reason", "too_large")))
                .isEqualTo(1);
        assertThat(delta(before, after, "dukcapil_whatsapp_deliveries_total", Map.of("outcome", "failed")))
                .isZero();
        assertThat(registered(after, "WHATSAPP", "created") - registered(before, "WHATSAPP", "created"))
                .isEqualTo(1);
        assertNoPersonalData(after);
    }

    @Test
    void import_rows_count_as_imported_rejected_and_duplicate() throws Exception {
        String csv = "external_id;channel;service_type;nik;applicant_name;village_code;submitted_at\n"
                + "METRICTEST-20;OUTREACH;KK;" + IMPORT_NIK + ";" + NAME + ";64.09.01.1009;01/11/2026 08:00\n"
                + "METRICTEST-21;OUTREACH;KK;6.40901E+15;Budi;64.09.01.1009;01/11/2026 08:05\n";
        PrometheusScrape before = scrape();

        HttpResponse<String> first = multipart(csv);
        HttpResponse<String> again = multipart(csv);
        PrometheusScrape after = scrape();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(delta(before, after, "dukcapil_import_rows_total", Map.of("outcome", "imported")))
                .isEqualTo(1);
        assertThat(delta(before, after, "dukcapil_import_rows_total", Map.of("outcome", "duplicate")))
                .isEqualTo(1);
        assertThat(delta(before, after, "dukcapil_import_rows_total", Map.of("outcome", "rejected")))
                .isEqualTo(2);
        assertThat(registered(after, "OUTREACH", "created") - registered(before, "OUTREACH", "created"))
                .isEqualTo(1);
        assertNoPersonalData(after);
    }

    @Test
    void a_failed_sign_in_counts_by_its_reason_without_the_username() throws Exception {
        PrometheusScrape before = scrape();

        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username="
                                + URLEncoder.encode(USERNAME, StandardCharsets.UTF_8) + "&password=salah-sekali-123"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        PrometheusScrape after = scrape();

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        assertThat(delta(before, after, "dukcapil_sign_in_failures_total", Map.of("reason", "unknown_account")))
                .isEqualTo(1);
        assertThat(delta(before, after, "dukcapil_sign_in_failures_total", Map.of("reason", "wrong_password")))
                .isZero();
        assertThat(after.body()).doesNotContain(USERNAME);
    }

    private void assertNoPersonalData(PrometheusScrape s) {
        assertThat(s.body())
                .doesNotContain(
                        NIK,
                        IMPORT_NIK,
                        NAME,
                        "Rahmawati",
                        PHONE.replace(" ", ""),
                        "813930",
                        SENDER,
                        "METRICTEST",
                        "wamid");
    }

    private static double delta(
            PrometheusScrape before, PrometheusScrape after, String name, Map<String, String> labels) {
        return after.require(name, labels) - before.require(name, labels);
    }

    private static String submission(String externalId, String service) {
        return "{\"externalId\":\"" + externalId + "\",\"serviceType\":\"" + service + "\",\"nik\":\"" + NIK
                + "\",\"applicantName\":\"" + NAME + "\",\"villageCode\":\"64.09.01.1009\",\"phone\":\"" + PHONE
                + "\"}";
    }

    private static byte[] whatsApp(String id, String text) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":"
                        + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":"
                        + "\"6281100000000\",\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Rahmawati\"},"
                        + "\"wa_id\":\"" + SENDER + "\"}],\"messages\":[{\"from\":\"" + SENDER + "\",\"id\":\"" + id
                        + "\",\"timestamp\":\""
                        + (Instant.now().getEpochSecond() - 60) + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text
                        + "\"}}]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String key, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> multipart(String csv) throws Exception {
        String boundary = "----dukcapil" + System.nanoTime();
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"jemput-bola.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                        .header("Authorization", "Bearer " + IMPORT_KEY)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
