package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.TestCases;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A few hundred generated malformed requests (seeded) to every endpoint under /api over real
 * HTTP, each answered with a 4xx of the right kind in problem+json, and the case, history,
 * channel and message tables exactly as they were. One dynamic test per request, named by its
 * kind and index; the same seed gives the same requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class MalformedRequestsGeneratedInputIT {

    private static final long SEED = 6409_2028L;
    private static final String KEY = "ppu_fuzzAllScopesKey00000000000000000000000";
    /**
     * The longest path and query generated: Tomcat answers a request line over its 8 KB header
     * limit itself, with its HTML error page, before the application could answer in problem+json.
     */
    private static final int MAX_URI = 8000;

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    private ApiRequests api;

    @BeforeAll
    void createTheKey() {
        keys.createIfMissing("fuzz-all", KEY, Set.of(ApiScope.SUBMIT, ApiScope.IMPORT, ApiScope.READ), "WEB");
        api = new ApiRequests(port);
    }

    @AfterAll
    void cleanUp() {
        // Nothing should be there; if a request got through, the next test classes must not see it.
        TestCases.deleteWhere(jdbc, "external_id like 'FUZZ-%' or nik = '" + BadRequests.NIK + "'");
        jdbc.sql("delete from api_key where name = 'fuzz-all'").update();
    }

    @TestFactory
    Stream<DynamicTest> mutated_case_submissions_are_refused_naming_the_fields() {
        return requests(0, 300, BadRequests::submission);
    }

    @TestFactory
    Stream<DynamicTest> case_submissions_in_a_foreign_content_type_are_refused() {
        return requests(1, 150, r -> BadRequests.foreignContentType(r, "/api/v1/cases", Set.of(400, 413, 415)));
    }

    @TestFactory
    Stream<DynamicTest> malformed_case_numbers_and_queries_of_the_status_are_refused() {
        return requests(
                2,
                150,
                r -> r.nextBoolean()
                        ? BadRequests.caseNumber(r)
                        : BadRequests.query(r, "/api/v1/cases/PPU-2026-0000001", Map.of(), Map.of()));
    }

    @TestFactory
    Stream<DynamicTest> uploads_that_are_no_readable_csv_upload_are_refused() {
        return requests(3, 200, BadRequests::upload);
    }

    @TestFactory
    Stream<DynamicTest> malformed_statistics_queries_are_refused_naming_the_parameter() {
        // A blank groupBy means the default grouping.
        Function<Random, String> badGrouping = r -> RandomInputs.until(
                () -> BadRequests.anyText(r),
                s -> !s.isBlank()
                        && !Set.of("district", "village", "month")
                                .contains(s.strip().toLowerCase(Locale.ROOT)));
        Function<Random, String> badDistrict = r -> RandomInputs.until(
                () -> BadRequests.anyText(r),
                s -> !s.isBlank() && !s.strip().matches("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}"));
        Function<Random, String> badService = r -> RandomInputs.until(
                () -> BadRequests.anyText(r),
                s -> !s.isBlank()
                        && Arrays.stream(ServiceType.values())
                                .noneMatch(t -> t.name().equalsIgnoreCase(s.strip())));
        Map<String, Function<Random, String>> good = Map.of(
                "from",
                r -> "2019-01-01",
                "to",
                BadRequests::goodDate,
                "groupBy",
                r -> RandomInputs.pick(r, "district", "village", "month"),
                "district",
                r -> RandomInputs.pick(r, SEPAKU_DISTRICT, PENAJAM_DISTRICT),
                "service",
                r -> RandomInputs.pick(r, "KTP", "kia"));
        Map<String, Function<Random, String>> bad = Map.of(
                "from",
                BadRequests::badDate,
                "to",
                BadRequests::badDate,
                "groupBy",
                badGrouping,
                "district",
                badDistrict,
                "service",
                badService);
        return requests(4, 200, r -> BadRequests.query(r, "/api/v1/stats/uptake", good, bad));
    }

    @TestFactory
    Stream<DynamicTest> malformed_priority_queries_are_refused_naming_the_parameter() {
        return requests(
                5,
                150,
                r -> BadRequests.query(
                        r,
                        "/api/v1/outreach/priorities",
                        Map.of("date", BadRequests::goodDate),
                        Map.of("date", BadRequests::badDate)));
    }

    @TestFactory
    Stream<DynamicTest> unknown_paths_and_wrong_methods_are_refused() {
        return requests(6, 150, r -> r.nextBoolean() ? BadRequests.unknownPath(r) : BadRequests.wrongMethod(r));
    }

    /** {@code tries} requests of {@code generator}, from a seed of their own, each checked as a dynamic test. */
    private Stream<DynamicTest> requests(int family, int tries, Function<Random, BadRequest> generator) {
        Random random = new Random(SEED + family);
        return IntStream.range(0, tries).mapToObj(i -> {
            BadRequest request = RandomInputs.until(
                    () -> generator.apply(random), r -> r.path().length() <= MAX_URI);
            return DynamicTest.dynamicTest(
                    request.label() + " #" + i, RandomInputs.showing(request::toString, () -> check(request)));
        });
    }

    /** Sends the request and checks the answer and that nothing was stored. */
    private void check(BadRequest request) throws Exception {
        BadRequest r = request.withKey(KEY);
        String before = ApiRequests.fingerprint(jdbc);

        HttpResponse<String> response = api.send(r.method(), r.path(), r.headers(), r.body());

        assertThat(response.statusCode())
                .as("status of %s: %s", r, response.body())
                .isIn(r.expected());
        JsonNode problem = ApiProblems.assertProblem(response);
        if (response.statusCode() == 400) {
            assertThat(ApiProblems.names(problem))
                    .as("names in %s for %s", response.body(), r)
                    .containsAll(r.names());
        }
        assertThat(ApiRequests.fingerprint(jdbc)).as("tables after %s", r).isEqualTo(before);
    }
}
