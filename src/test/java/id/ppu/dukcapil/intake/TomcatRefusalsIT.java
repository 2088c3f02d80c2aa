package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Requests Tomcat (or the request firewall) refuses before any endpoint sees them, sent as raw
 * bytes over a socket so that no client normalises them: under /api each gets a 4xx in
 * problem+json, elsewhere a 4xx, and nowhere a server name, version or stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatRefusalsIT {

    private static final long SEED = 20_261_116L;
    private static final int GENERATED = 300;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Traces of the server or its internals that no refusal may carry, in its head or its body. */
    private static final List<String> INTERNALS = List.of(
            "tomcat",
            "apache",
            "coyote",
            "catalina",
            "exception",
            "java.",
            "jakarta.",
            "org.springframework",
            "\tat ",
            "stacktrace");

    /**
     * Parts of a path each of which gets a request refused: encoded separators, NUL, encoded
     * percent signs, encoded dot segments, broken percent-encodings, raw bytes outside the
     * characters a request target may hold (Latin-1 chars here stand for single raw bytes), a space
     * inside the target (a trailing one Tomcat would take for the separator before the protocol).
     */
    private static final List<String> REFUSING = List.of(
            "%2F",
            "%2f",
            "%5C",
            "%5c",
            "%00",
            "%25",
            "%252F",
            "%25%32%46",
            "%2E%2E/",
            "%2e%2e%2f",
            "/../../..",
            "%G1",
            "%ZZ",
            "%4/",
            "%/",
            "%%",
            "\u00c3\u00a9",
            "\u00e2\u0080\u00ae",
            "\u00ff",
            "\u0080",
            "\\",
            "{",
            "}",
            "|",
            "^",
            "\"",
            "<",
            ">",
            "`",
            "\u0000",
            "\u0001",
            "\u001b",
            "\u007f",
            " x");
    /** Harmless or merely odd parts mixed in between. */
    private static final List<String> FILLER = List.of(
            "a",
            "Z9",
            "cases",
            "v1",
            "-",
            "_",
            "~",
            ".",
            "/",
            ";",
            ";x=1",
            "%20",
            "%3F",
            "%23",
            "%5B",
            "%5D",
            "%E2%80%AE",
            "%C3%A9",
            "%21",
            "%3B",
            "%2C",
            "%60",
            "%7B");

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @TestFactory
    Stream<DynamicTest> nasty_api_paths_are_refused_in_problem_json() {
        // The shrunk examples a generated-input test found answered in HTML.
        List<Request> found = List.of(
                new Request("GET", "/api/%3F%0B5%29i%2F%60%25b%1Bo%15%07%14D98%0E%5B%0E%23.%5C%21c0"),
                new Request("PATCH", "/api/v1/cases-%E2%80%AE%1B/V%5D%14%3F"));
        return Stream.of(fixedPaths(), controlCharacterPaths(), found)
                .flatMap(List::stream)
                .map(this::refusedAsProblem);
    }

    @TestFactory
    Stream<DynamicTest> generated_api_paths_are_refused_in_problem_json() {
        return generatedPaths().stream().map(this::refusedAsProblem);
    }

    @TestFactory
    Stream<DynamicTest> the_same_paths_outside_the_api_are_refused_without_server_details() {
        return Stream.concat(fixedPaths().stream(), generatedPaths().stream())
                .map(p -> new Request(p.method, "/refused" + p.target.substring("/api".length())))
                .map(p -> DynamicTest.dynamicTest(p.method + " " + printable(p.target), () -> {
                    RawHttpAnswer a = send(p.method, p.target);
                    assertThat(a.status())
                            .as("%s %s answered\n%s", p.method, printable(p.target), a.raw())
                            .isBetween(400, 499);
                    assertNoInternals(a);
                }));
    }

    @TestFactory
    Stream<DynamicTest> malformed_request_lines_naming_an_api_path_are_refused_in_problem_json() {
        String host = "Host: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
        List<String> requests = List.of(
                "GET /api/v1/cases HTTP/1.1 trailing\r\n" + host,
                "GET /api/v1/cases HTTP/1.x\r\n" + host,
                "GET /api/v1/cases HTTQ/1.1\r\n" + host,
                "G(T /api/v1/cases HTTP/1.1\r\n" + host,
                "G\u0000T /api/v1/cases HTTP/1.1\r\n" + host,
                "GET /api/v1/ca\rses HTTP/1.1\r\n" + host,
                "GET /api/v1/cases\u0000 HTTP/1.1\r\n" + host,
                "GET /api/v1/cases?a{b}=1 HTTP/1.1\r\n" + host,
                "GET /api?\u00ff HTTP/1.1\r\n" + host,
                "GET /api/v1/cases HTTP/1.1\r\nHost: local host\r\nConnection: close\r\n\r\n",
                "GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n",
                "GET http://localhost/api/v1/{cases} HTTP/1.1\r\n" + host);
        return requests.stream()
                .map(r -> DynamicTest.dynamicTest(printable(r.substring(0, r.indexOf('\n'))), () -> {
                    RawHttpAnswer a = exchange(r.getBytes(StandardCharsets.ISO_8859_1));
                    assertApiProblem("GET", r, a);
                }));
    }

    @Test
    void an_over_long_api_uri_is_refused_in_problem_json() throws Exception {
        String target = "/api/v1/cases/" + "A".repeat(20 * 1024);
        assertApiProblem("GET", target, send("GET", target));
        String nasty = "/api/v1/cases/" + "%2F\u00ff%00".repeat(4 * 1024);
        assertApiProblem("GET", nasty, send("GET", nasty));
    }

    @Test
    void an_encoded_slash_is_refused_not_decoded_into_a_real_slash() throws Exception {
        // Decoded into a real slash, this would reach the statistics endpoint and answer 401 for want of a key.
        for (String target : List.of("/api/v1/stats%2Fuptake", "/api/v1%2fstats/uptake", "/api/v1/stats%5Cuptake")) {
            RawHttpAnswer a = send("GET", target);
            assertApiProblem("GET", target, a);
            assertThat(a.status()).as(target).isEqualTo(400);
        }
    }

    /**
     * Tomcat adds its own error report valve (with server details) to the host when it starts,
     * unless one of the class it names is there: the API one must be the only one.
     */
    @Test
    void the_host_reports_errors_through_the_api_valve_only() {
        Tomcat tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        List<String> reports = Arrays.stream(tomcat.getHost().getPipeline().getValves())
                .filter(v -> v instanceof ErrorReportValve)
                .map(v -> v.getClass().getSimpleName())
                .toList();
        assertThat(reports).containsExactly("ApiErrorReportValve");
    }

    private DynamicTest refusedAsProblem(Request p) {
        return DynamicTest.dynamicTest(
                p.method + " " + printable(p.target),
                () -> assertApiProblem(p.method, p.target, send(p.method, p.target)));
    }

    /** The hand-picked list: one of each kind, every encoded control character next to an encoded slash. */
    private static List<Request> fixedPaths() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/cases/a%2Fb",
                "/api/v1%2Fcases",
                "/api/%2f",
                "/api/v1/cases/a%5Cb",
                "/api/v1%5ccases",
                "/api/v1/cases/a%00b",
                "/api/%00",
                "/api/v1/cases/a%25b",
                "/api/%252F",
                "/api/%25%32%46",
                "/api/%25",
                "/api/%2E%2E/login",
                "/api/v1/%2e%2e/%2e%2e/x",
                "/api/%2E%2E%2F%2E%2E%2Fetc",
                "/api/../../x",
                "/api/v1/../..",
                "/api/v1/cases/%G1",
                "/api/v1/cases/abc%",
                "/api/v1/cases/%4",
                "/api/%ZZ",
                "/api/v1/cases/%%",
                "/api/v1/cases/\u00c3\u00a9",
                "/api/\u00e2\u0080\u00ae",
                "/api/\u00ff",
                "/api/\u0080",
                "/api/v1/cases/a\\b",
                "/api/{x}",
                "/api/a|b",
                "/api/a^b",
                "/api/a\"b",
                "/api/a<b>",
                "/api/a`b",
                "/api/v1/cases?x=\u00ff",
                "/api/v1/cases?a{b",
                "/api;x=%2F/v1",
                "/api/v1/imports/;x=%G1",
                "/api/v1/whatsapp/;x=1%",
                "/api;%ZZ",
                "/api/%3F%0B5%29i%2F%60%25b%1Bo%15%07%14D98%0E%5B%0E%23.%5C%21c0\u00ff",
                "/api/v1/cases-%E2%80%AE%1B/V%5D%14%3F%2F"));
        for (int c = 1; c <= 0x1f; c++) {
            paths.add("/api/v1/cases/x%" + HexFormat.of().withUpperCase().toHexDigits((byte) c) + "%2F");
        }
        paths.add("/api/v1/cases/x%7F%2F");
        return withMethods(paths);
    }

    /**
     * Every encoded control character on its own. Neither Tomcat nor the firewall refuses most of
     * them (only NUL, CR and LF), so outside the API such a path is just one no view serves.
     */
    private static List<Request> controlCharacterPaths() {
        List<String> paths = new ArrayList<>();
        for (int c = 1; c <= 0x1f; c++) {
            paths.add("/api/v1/cases/x%" + HexFormat.of().withUpperCase().toHexDigits((byte) c));
        }
        paths.add("/api/v1/cases/x%7F");
        paths.add("/api/x%0B%1B%7F");
        return withMethods(paths);
    }

    private static List<Request> withMethods(List<String> paths) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            requests.add(new Request(METHODS.get(i % METHODS.size()), paths.get(i)));
        }
        return requests;
    }

    /** {@value #GENERATED} paths, the same on every run: a few parts, at least one of them refusing. */
    private static List<Request> generatedPaths() {
        Random random = new Random(SEED);
        List<String> starts = List.of("/api/", "/api/v1/", "/api/v1/cases/", "/api/v1/imports/", "/api/v1/whatsapp/");
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            StringBuilder path = new StringBuilder(starts.get(random.nextInt(starts.size())));
            int parts = 1 + random.nextInt(8);
            int refusing = random.nextInt(parts);
            for (int j = 0; j < parts; j++) {
                if (j == refusing || random.nextInt(4) == 0) {
                    path.append(REFUSING.get(random.nextInt(REFUSING.size())));
                } else if (random.nextInt(3) == 0) {
                    path.append('%').append(HexFormat.of().toHexDigits((byte) random.nextInt(0x20)));
                } else {
                    path.append(FILLER.get(random.nextInt(FILLER.size())));
                }
            }
            requests.add(new Request(METHODS.get(random.nextInt(METHODS.size())), path.toString()));
        }
        return requests;
    }

    private static void assertApiProblem(String method, String target, RawHttpAnswer a) throws IOException {
        String what = method + " " + printable(target) + " answered\n" + a.raw();
        assertThat(a.status()).as(what).isBetween(400, 499);
        assertThat(a.contentType()).as(what).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(a.body());
        assertThat(p.path("status").asInt()).as(what).isEqualTo(a.status());
        assertThat(p.path("title").asText()).as(what).isNotBlank();
        assertNoInternals(a);
    }

    private static void assertNoInternals(RawHttpAnswer a) {
        String text = a.raw().toLowerCase(Locale.ROOT);
        for (String internal : INTERNALS) {
            assertThat(text).as(a.raw()).doesNotContain(internal);
        }
    }

    private RawHttpAnswer send(String method, String target) throws IOException {
        boolean body = !method.equals("GET") && !method.equals("DELETE");
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: "
                + (target.length() % 2 == 0 ? "application/json" : "*/*") + "\r\nConnection: close\r\n"
                + (body ? "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}" : "\r\n");
        return exchange(head.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes the request as given and reads the answer to its end (every request asks to close). */
    private RawHttpAnswer exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (SocketException refusedBeforeTheEnd) {
                // The server may answer and close before it has read an over-long request.
            }
            return RawHttpAnswer.read(socket.getInputStream());
        }
    }

    /** Bytes below 0x20 or above 0x7e as \xNN, so that names and messages stay readable. */
    private static String printable(String latin1) {
        StringBuilder sb = new StringBuilder();
        for (char c : latin1.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                sb.append("\\x").append(HexFormat.of().toHexDigits((byte) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() > 160 ? sb.substring(0, 160) + "..." : sb.toString();
    }

    private record Request(String method, String target) {}
}
