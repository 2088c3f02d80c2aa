package id.ppu.dukcapil.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One refusal from each place that answers the API's errors (the security chain, the request
 * firewall, Tomcat's error report, the body size filter, the catch-all path, the exception handler,
 * the statistics, outreach and webhook endpoints), over real HTTP in both languages: each is
 * problem+json of the same shape, in Bahasa Indonesia unless the client prefers English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProblemLanguageIT {

    private static final String READ_KEY = "ppu_langtestReadKey000000000000000000000000";
    private static final String SUBMIT_KEY = "ppu_langtestSubmitKey0000000000000000000000";
    private static final String WEBHOOK = "/api/v1/whatsapp/webhook";
    /** What a browser set to each language sends, and a client that names no language at all. */
    private static final String INDONESIAN = "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7";

    private static final String ENGLISH = "en-US,en;q=0.9,id;q=0.5";

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    /** A request the API refuses, and the reason it must give in each language. */
    record Refusal(
            String name,
            String method,
            String path,
            Map<String, String> headers,
            byte[] body,
            int status,
            String code,
            String indonesian,
            String english) {}

    @BeforeAll
    void createKeys() {
        keys.createIfMissing("langtest-read", READ_KEY, Set.of(ApiScope.READ), null);
        keys.createIfMissing("langtest-submit", SUBMIT_KEY, Set.of(ApiScope.SUBMIT), "WEB");
    }

    @AfterAll
    void deleteKeys() {
        jdbc.sql("delete from api_key where name like 'langtest-%'").update();
    }

    private List<Refusal> refusals() throws Exception {
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        return List.of(
                new Refusal(
                        "no key (security entry point)",
                        "GET",
                        "/api/v1/stats/uptake",
                        Map.of(),
                        null,
                        401,
                        "api.error.unauthorized",
                        "Kunci API tidak ada, tidak dikenal, atau sudah dicabut.",
                        "The API key is missing, unknown or revoked."),
                new Refusal(
                        "wrong scope (access denied handler)",
                        "GET",
                        "/api/v1/stats/uptake",
                        bearer(SUBMIT_KEY),
                        null,
                        403,
                        "api.error.forbidden",
                        "Kunci API ini tidak berhak atas permintaan ini.",
                        "This API key may not make this request."),
                new Refusal(
                        "encoded slash (request firewall)",
                        "GET",
                        "/api/v1/stats%2Fuptake",
                        bearer(READ_KEY),
                        null,
                        400,
                        "api.error.rejected",
                        "Alamat atau parameter permintaan memuat karakter yang tidak diizinkan.",
                        "The request's address or parameters hold characters that are not allowed."),
                new Refusal(
                        "NUL in the path (Tomcat's error report)",
                        "GET",
                        "/api/v1/cases/a%00b",
                        bearer(READ_KEY),
                        null,
                        400,
                        "api.error.rejected",
                        "Alamat atau parameter permintaan memuat karakter yang tidak diizinkan.",
                        "The request's address or parameters hold characters that are not allowed."),
                new Refusal(
                        "body over 64 KiB (size filter)",
                        "POST",
                        "/api/v1/cases",
                        with(bearer(SUBMIT_KEY), "Content-Type", "application/json"),
                        new byte[70 * 1024],
                        413,
                        "api.error.tooLarge",
                        "Isi permintaan lebih dari 64 KiB.",
                        "The request body is larger than 64 KiB."),
                new Refusal(
                        "unknown path (fallback)",
                        "GET",
                        "/api/v1/nothing-here",
                        bearer(READ_KEY),
                        null,
                        404,
                        "api.error.notFound",
                        "Tidak ada layanan API di alamat ini.",
                        "No API endpoint at this address."),
                new Refusal(
                        "unknown parameter (exception handler)",
                        "GET",
                        "/api/v1/stats/uptake?groupby=month",
                        bearer(READ_KEY),
                        null,
                        400,
                        "api.error.parameter.unknown",
                        "Parameter groupby tidak dikenal oleh layanan ini.",
                        "This endpoint knows no parameter groupby."),
                new Refusal(
                        "wrong method (exception handler)",
                        "DELETE",
                        "/api/v1/stats/uptake",
                        bearer(READ_KEY),
                        null,
                        405,
                        "api.error.method",
                        "Metode HTTP ini tidak dilayani di alamat ini; lihat header Allow.",
                        "This HTTP method is not served at this address; see the Allow header."),
                new Refusal(
                        "bad grouping (statistics)",
                        "GET",
                        "/api/v1/stats/uptake?groupBy=kecamatan",
                        bearer(READ_KEY),
                        null,
                        400,
                        "api.error.parameter.value",
                        "Parameter groupBy harus district, village atau month.",
                        "groupBy must be district, village or month"),
                new Refusal(
                        "impossible date (statistics)",
                        "GET",
                        "/api/v1/stats/uptake?from=2014-02-30",
                        bearer(READ_KEY),
                        null,
                        400,
                        "api.error.parameter.value",
                        "Parameter from harus tanggal YYYY-MM-DD.",
                        "from must be a date as YYYY-MM-DD"),
                new Refusal(
                        "date out of range (outreach)",
                        "GET",
                        "/api/v1/outreach/priorities?date=1800-01-01",
                        bearer(READ_KEY),
                        null,
                        400,
                        "api.error.parameter.date",
                        "Parameter date harus tanggal YYYY-MM-DD antara 1900-01-01 dan 2999-12-31.",
                        "The parameter date must be a date as YYYY-MM-DD between 1900-01-01 and 2999-12-31."),
                new Refusal(
                        "wrong signature (webhook)",
                        "POST",
                        WEBHOOK,
                        Map.of("Content-Type", "application/json", "X-Hub-Signature-256", "sha256=00"),
                        notJson,
                        401,
                        "api.error.signature",
                        "Tanda tangan X-Hub-Signature-256 tidak ada atau salah.",
                        "X-Hub-Signature-256 is missing or wrong."),
                new Refusal(
                        "signed delivery that is no JSON (webhook)",
                        "POST",
                        WEBHOOK,
                        Map.of("Content-Type", "application/json", "X-Hub-Signature-256", sign(notJson)),
                        notJson,
                        400,
                        "api.error.body",
                        "Isi permintaan bukan JSON yang sah.",
                        "The request body is not valid JSON."));
    }

    @TestFactory
    Stream<DynamicTest> every_refusal_speaks_indonesian_unless_the_client_prefers_english() throws Exception {
        return refusals().stream()
                .flatMap(r -> Stream.of(
                        DynamicTest.dynamicTest(
                                r.name() + ", no language named", () -> assertAnswer(r, null, r.indonesian())),
                        DynamicTest.dynamicTest(
                                r.name() + ", Indonesian", () -> assertAnswer(r, INDONESIAN, r.indonesian())),
                        DynamicTest.dynamicTest(r.name() + ", English", () -> assertAnswer(r, ENGLISH, r.english()))));
    }

    private void assertAnswer(Refusal r, String language, String detail) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.path()))
                .method(
                        r.method(),
                        r.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        r.headers().forEach(b::header);
        if (language != null) {
            b.header("Accept-Language", language);
        }
        HttpResponse<String> answer = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(r.status());
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = json.readTree(answer.body());
        assertThat(p.path("code").asText()).isEqualTo(r.code());
        assertThat(p.path("detail").asText()).isEqualTo(detail);
        assertThat(p.path("status").asInt()).isEqualTo(r.status());
        assertThat(p.path("type").asText()).isEqualTo("about:blank");
        assertThat(p.path("title").asText())
                .isEqualTo(HttpStatus.valueOf(r.status()).getReasonPhrase());
    }

    private static Map<String, String> bearer(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return all;
    }

    /** X-Hub-Signature-256 as Meta computes it. */
    private String sign(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
