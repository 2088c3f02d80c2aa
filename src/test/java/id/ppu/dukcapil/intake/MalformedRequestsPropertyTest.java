package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ppu.dukcapil.Application;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A few hundred generated malformed requests to every endpoint under /api over real HTTP, each
 * answered with a 4xx of the right kind in problem+json, and the case, history, channel and
 * message tables exactly as they were. jqwik runs no JUnit 5 extensions, so the application is
 * started once here, on a random port, and closed after the last property.
 */
class MalformedRequestsPropertyTest {

    private static final String KEY = "ppu_fuzzAllScopesKey00000000000000000000000";
    private static ConfigurableApplicationContext app;
    private static ApiRequests api;
    private static JdbcClient jdbc;

    @BeforeContainer
    static void startTheApplication() {
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0");
        app.getBean(ApiKeyService.class).createIfMissing("fuzz-all", KEY, Set.of(ApiScope.SUBMIT, ApiScope.IMPORT, ApiScope.READ),
                "WEB");
        api = new ApiRequests(((ServletWebServerApplicationContext) app).getWebServer().getPort());
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterContainer
    static void stopTheApplication() {
        if (app != null) {
            // Nothing should be there; if a request got through, the next test classes must not see it.
            IntakeTestData.deleteCases(jdbc, "external_id like 'FUZZ-%' or nik = '" + BadRequests.NIK + "'");
            jdbc.sql("delete from api_key where name = 'fuzz-all'").update();
            app.close();
        }
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void mutated_case_submissions_are_refused_naming_the_fields(@ForAll("submissions") BadRequest request) throws Exception {
        check(request);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void case_submissions_in_a_foreign_content_type_are_refused(@ForAll("foreignSubmissions") BadRequest request)
            throws Exception {
        check(request);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void malformed_case_numbers_and_queries_of_the_status_are_refused(@ForAll("caseStatus") BadRequest request)
            throws Exception {
        check(request);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void uploads_that_are_no_readable_csv_upload_are_refused(@ForAll("imports") BadRequest request) throws Exception {
        check(request);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void malformed_statistics_queries_are_refused_naming_the_parameter(@ForAll("stats") BadRequest request) throws Exception {
        check(request);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void malformed_priority_queries_are_refused_naming_the_parameter(@ForAll("priorities") BadRequest request)
            throws Exception {
        check(request);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void unknown_paths_and_wrong_methods_are_refused(@ForAll("paths") BadRequest request) throws Exception {
        check(request);
    }

    @Provide
    Arbitrary<BadRequest> submissions() {
        return BadRequests.submissions();
    }

    @Provide
    Arbitrary<BadRequest> foreignSubmissions() {
        return BadRequests.foreignContentTypes("/api/v1/cases", Set.of(400, 413, 415));
    }

    @Provide
    Arbitrary<BadRequest> caseStatus() {
        return Arbitraries.oneOf(BadRequests.caseNumbers(),
                BadRequests.queries("/api/v1/cases/PPU-2026-0000001", Map.of(), Map.of()));
    }

    @Provide
    Arbitrary<BadRequest> imports() {
        return BadRequests.imports();
    }

    @Provide
    Arbitrary<BadRequest> stats() {
        // A blank groupBy means the default grouping.
        Arbitrary<String> badGrouping = BadRequests.anyText()
                .filter(s -> !s.isBlank() && !Set.of("district", "village", "month").contains(s.strip().toLowerCase(java.util.Locale.ROOT)));
        Arbitrary<String> badDistrict = BadRequests.anyText().filter(s -> !s.isBlank()
                && !s.strip().matches("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}"));
        Arbitrary<String> badService = BadRequests.anyText().filter(s -> !s.isBlank() && java.util.Arrays.stream(
                id.ppu.dukcapil.cases.ServiceType.values()).noneMatch(t -> t.name().equalsIgnoreCase(s.strip())));
        return BadRequests.queries("/api/v1/stats/uptake",
                Map.of("from", Arbitraries.just("2019-01-01"), "to", BadRequests.goodDates(), "groupBy",
                        Arbitraries.of("district", "village", "month"), "district", Arbitraries.of("64.09.04", "64.09.01"),
                        "service", Arbitraries.of("KTP", "kia")),
                Map.of("from", BadRequests.badDates(), "to", BadRequests.badDates(), "groupBy", badGrouping, "district",
                        badDistrict, "service", badService));
    }

    @Provide
    Arbitrary<BadRequest> priorities() {
        return BadRequests.queries("/api/v1/outreach/priorities", Map.of("date", BadRequests.goodDates()),
                Map.of("date", BadRequests.badDates()));
    }

    @Provide
    Arbitrary<BadRequest> paths() {
        return Arbitraries.oneOf(BadRequests.unknownPaths(), BadRequests.wrongMethods());
    }

    /** Sends the request and checks the answer and that nothing was stored. */
    private static void check(BadRequest request) throws Exception {
        BadRequest r = request.withKey(KEY);
        String before = ApiRequests.fingerprint(jdbc);

        HttpResponse<String> response = api.send(r.method(), r.path(), r.headers(), r.body());

        assertThat(response.statusCode()).as("status of %s: %s", r, response.body()).isIn(r.expected());
        JsonNode problem = ApiProblems.assertProblem(response);
        if (response.statusCode() == 400) {
            assertThat(ApiProblems.names(problem)).as("names in %s for %s", response.body(), r).containsAll(r.names());
        }
        assertThat(ApiRequests.fingerprint(jdbc)).as("tables after %s", r).isEqualTo(before);
    }
}
