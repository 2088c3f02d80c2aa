package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** What every refusal of the API must look like: problem+json with a reason and no internals. */
final class ApiProblems {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Traces of internals that must never reach a client. */
    private static final List<String> INTERNALS = List.of(
            "Exception",
            "exception",
            "at id.ppu",
            "org.springframework",
            "java.",
            "jakarta.",
            "com.fasterxml",
            "SQL",
            "ERROR:",
            "Failing row",
            "<html",
            "<!doctype",
            "trace");

    private ApiProblems() {}

    /** Asserts a problem+json answer with a title, a detail and no internals; returns its body. */
    static JsonNode assertProblem(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type"))
                .as("content type of %s", r.statusCode())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(r.statusCode());
        assertThat(p.path("title").asText()).as("title").isNotBlank();
        assertThat(p.path("detail").asText()).as("detail").isNotBlank();
        assertThat(p.path("code").asText()).as("code").isNotBlank();
        for (String internal : INTERNALS) {
            assertThat(r.body()).as("internals in %s", r.body()).doesNotContain(internal);
        }
        return p;
    }

    /** Asserts a problem of {@code status} naming {@code name} as an invalid field or parameter. */
    static JsonNode assertProblem(HttpResponse<String> r, int status, String name) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode p = assertProblem(r);
        if (name != null) {
            assertThat(names(p)).as(r.body()).contains(name);
        }
        return p;
    }

    /** The field and parameter names a problem reports. */
    static List<String> names(JsonNode p) {
        List<String> names = new ArrayList<>(p.path("errors").findValuesAsText("field"));
        if (p.hasNonNull("parameter")) {
            names.add(p.path("parameter").asText());
        }
        return names;
    }
}
