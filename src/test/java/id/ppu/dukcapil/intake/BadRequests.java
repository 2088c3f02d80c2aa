package id.ppu.dukcapil.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of malformed requests, one family per endpoint. Each generated request is invalid
 * by construction (so an answer of 2xx is a bug, not bad luck): a valid body with at least one
 * mutation that breaks it, a content type the endpoint cannot read, or a query with at least one
 * unknown parameter or bad value.
 */
final class BadRequests {

    static final String NIK = IntakeTestData.nik(2, 7, 3, 91, 8401);
    private static final AtomicLong IDS = new AtomicLong();
    private static final List<String> REQUIRED = List.of("externalId", "serviceType", "nik", "applicantName", "villageCode");
    private static final List<String> FIELDS = List.of("externalId", "channel", "serviceType", "nik", "applicantName",
            "villageCode", "phone", "submittedAt", "notes");
    private static final Set<Integer> SUBMIT_ANSWERS = Set.of(400, 403, 413);

    private BadRequests() {
    }

    // ---- POST /api/v1/cases: mutated valid JSON --------------------------------------------------

    /** A field-level change that makes a valid submission invalid, and the field it breaks. */
    record Mutation(String field, String rawJson) {
    }

    static Arbitrary<BadRequest> submissions() {
        Arbitrary<List<Mutation>> fieldMutations = Arbitraries.oneOf(dropped(), retyped(), badValues()).list().ofMinSize(1)
                .ofMaxSize(3).uniqueElements(Mutation::field);
        Arbitrary<Integer> shape = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(1)), net.jqwik.api.Tuple.of(1, Arbitraries.just(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(3)), net.jqwik.api.Tuple.of(1, Arbitraries.just(4)));
        return Combinators.combine(fieldMutations, shape, Arbitraries.integers().between(0, 1_000_000), accepts())
                .as((mutations, kind, cut, accept) -> submission(mutations, kind, cut, accept.orElse(null)));
    }

    private static BadRequest submission(List<Mutation> mutations, int kind, int cut, String accept) {
        Map<String, String> fields = validFields();
        for (Mutation m : mutations) {
            if (m.rawJson() == null) {
                fields.remove(m.field());
            } else {
                fields.put(m.field(), m.rawJson());
            }
        }
        String json = object(fields);
        String label = "mutated " + mutations.stream().map(Mutation::field).toList();
        Set<Integer> expected = mutations.stream().anyMatch(m -> m.field().equals("channel")) ? Set.of(400, 403) : Set.of(400);
        // The body is read up to its first value of a wrong type: that field is the one named.
        List<String> wronglyTyped = new ArrayList<>(fields.keySet().stream()
                .filter(f -> mutations.stream().anyMatch(m -> m.field().equals(f) && isWrongType(m.rawJson()))).toList());
        switch (kind) {
            case 1 -> {
                json = json.substring(0, cut % json.length());
                label = "truncated";
                expected = Set.of(400);
                wronglyTyped.clear();
            }
            case 2 -> {
                json = List.of("[" + json + "]", "{\"submission\":" + json + "}", quoted(json), "[]", "{}", json + json,
                        json + ",", "{" + json + "}").get(cut % 8);
                label = "wrongly nested";
                expected = Set.of(400);
                wronglyTyped.clear();
            }
            case 3 -> {
                json = json.substring(0, json.length() - 1) + ",\"notes\":\"" + "x".repeat(66_000 + cut % 5000) + "\"}";
                label = "huge";
                expected = Set.of(413);
            }
            case 4 -> {
                // A field twice is unreadable JSON, whichever copy a parser would keep.
                String field = mutations.get(0).field();
                json = json.substring(0, json.length() - 1) + ",\"" + field + "\":" + List.of("1", "[]", "{}", "true", "\"x\"")
                        .get(cut % 5) + "}";
                label = "duplicated " + field;
                expected = Set.of(400);
            }
            default -> {
            }
        }
        List<String> names;
        if (kind != 0) {
            names = List.of();
        } else if (!wronglyTyped.isEmpty()) {
            names = List.of(wronglyTyped.get(0));
        } else {
            names = mutations.stream().map(Mutation::field).filter(f -> !f.equals("channel")).toList();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (accept != null) {
            headers.put("Accept", accept);
        }
        return BadRequest.of(label, "POST", "/api/v1/cases", headers, json, expected, names);
    }

    private static boolean isWrongType(String rawJson) {
        return rawJson != null && !rawJson.startsWith("\"") && !rawJson.equals("null");
    }

    static Map<String, String> validFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("externalId", quoted("FUZZ-" + IDS.incrementAndGet()));
        fields.put("serviceType", quoted("KTP"));
        fields.put("nik", quoted(NIK));
        fields.put("applicantName", quoted("Siti Aminah"));
        fields.put("villageCode", quoted("64.09.01.1009"));
        fields.put("phone", quoted("081234567890"));
        fields.put("submittedAt", quoted("2026-01-05T09:15:00+08:00"));
        fields.put("notes", quoted("Datang bersama anaknya"));
        return fields;
    }

    private static Arbitrary<Mutation> dropped() {
        return Arbitraries.of(REQUIRED).map(f -> new Mutation(f, null));
    }

    private static Arbitrary<Mutation> retyped() {
        Arbitrary<String> wrong = Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1.5e300"),
                Arbitraries.of("true", "false", "[]", "{}", "[\"x\"]", "{\"value\":\"x\"}", "[[[[1]]]]", "6409014501900003",
                        "[\"" + NIK + "\"]"));
        Arbitrary<Mutation> anyField = Combinators.combine(Arbitraries.of(FIELDS), wrong).as(Mutation::new);
        Arbitrary<Mutation> requiredNull = Arbitraries.of(REQUIRED).map(f -> new Mutation(f, "null"));
        return Arbitraries.oneOf(anyField, requiredNull);
    }

    private static Arbitrary<Mutation> badValues() {
        return Arbitraries.oneOf(
                Arbitraries.oneOf(Arbitraries.strings().alpha().ofLength(101).ofMaxLength(300), nasty().map(s -> "ID " + s),
                        Arbitraries.of("", "   ")).map(v -> new Mutation("externalId", quoted(v))),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(v -> new Mutation("channel", quoted("X" + v))),
                anyText().map(v -> new Mutation("serviceType", quoted("XX-" + v))),
                anyText().filter(v -> !v.strip().matches("[0-9]{16}")).map(v -> new Mutation("nik", quoted(v))),
                Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(121).ofMaxLength(1000),
                        Arbitraries.strings().alpha().ofLength(1).map(s -> "  " + s + "  "), nasty().map(s -> "Siti" + s)).map(
                        v -> new Mutation("applicantName", quoted(v))),
                anyText().map(v -> new Mutation("villageCode", quoted("ZZ-" + v))),
                anyText().map(v -> new Mutation("phone", quoted("08x" + v))),
                Arbitraries.oneOf(anyText().map(v -> "kemarin " + v), Arbitraries.of("2999-01-01T00:00:00+08:00",
                        "-100000-01-01T00:00:00+08:00", "+999999999-12-31T23:59:59-18:00", "2026-02-30T00:00:00+08:00",
                        "2026-01-05", "2026-01-05T09:15:00", "1699999999")).map(v -> new Mutation("submittedAt", quoted(v))),
                Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(2001).ofMaxLength(20_000),
                        nasty().filter(s -> s.chars().anyMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)))
                                .map(s -> "catatan" + s)).map(v -> new Mutation("notes", quoted(v))));
    }

    /** Text a database or a parser may choke on: NUL, control characters, lone surrogates, bidi marks. */
    static Arbitrary<String> nasty() {
        return Arbitraries.strings().withChars('\u0000', '\u0001', '\u0007', '\b', '\u001b', '\u007f', '\ud800', '\udfff',
                '\u202e', '\ufeff').ofMinLength(1).ofMaxLength(5);
    }

    /** Any text, printable or not, short or up to a few kilobytes. */
    static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40), nasty(), Arbitraries.strings().ascii().ofMaxLength(4000));
    }

    private static Arbitrary<java.util.Optional<String>> accepts() {
        return Arbitraries.of("application/json", "*/*", "application/*", "application/json, text/plain;q=0.5").optional(0.5);
    }

    // ---- POST /api/v1/cases: bodies in a content type the endpoint does not read --------------

    static Arbitrary<BadRequest> foreignContentTypes(String path, Set<Integer> expected) {
        Arbitrary<String> types = Arbitraries.oneOf(
                Arbitraries.of("text/plain", "text/html", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data", "multipart/mixed", "application/octet-stream", "image/png", "garbage", "application/",
                        "/json", "*/*", "application/*", "application/merge-patch+json", "application/jsonx", "text/json",
                        "application/json; charset=utf-32", "application/json; charset=no-such-charset",
                        "application/json; charset=\"", "application/json;;;", "multipart/form-data; boundary=",
                        "multipart/form-data; boundary=\"unclosed"),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(70).map(b -> "multipart/form-data; boundary=" + b),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40)
                        .filter(t -> !t.toLowerCase().startsWith("application/json")));
        Arbitrary<byte[]> bodies = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.just(object(validFields()).getBytes(StandardCharsets.UTF_8)).map(b -> b.clone()),
                Arbitraries.of("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nexternal_id\r\n--x--\r\n",
                        "externalId=FUZZ&nik=1", "<case><nik>1</nik></case>", "").map(s -> s.getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(types, bodies, Arbitraries.of(true, false)).as((type, body, withType) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (withType || type.startsWith("application/json")) {
                headers.put("Content-Type", type);
            }
            // A JSON type with a charset the server cannot decode must not carry a readable body.
            byte[] b = type.startsWith("application/json") ? "{\"externalId\": \u00ff".getBytes(StandardCharsets.UTF_8) : body;
            return new BadRequest("content type", "POST", path, headers, b, expected, List.of());
        });
    }

    // ---- POST /api/v1/imports: requests that are no readable upload ---------------------------

    static Arbitrary<BadRequest> imports() {
        Arbitrary<String> boundaries = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(60);
        Arbitrary<BadRequest> notMultipart = foreignContentTypes("/api/v1/imports", Set.of(400, 413, 415))
                .filter(r -> !r.headers().getOrDefault("Content-Type", "").toLowerCase().startsWith("multipart/form-data; boundary="));
        Arbitrary<BadRequest> brokenMultipart = Combinators.combine(boundaries, Arbitraries.strings().ofMaxLength(200),
                Arbitraries.integers().between(0, 10_000)).as((boundary, content, cut) -> {
                    String whole = part(boundary, "file", "a.csv", "external_id;nik\nA;1\n" + content) + "--" + boundary + "--\r\n";
                    String body = switch (cut % 4) {
                        case 0 -> whole.substring(0, cut % Math.max(1, whole.length() - boundary.length() - 6));
                        case 1 -> whole.replace("--" + boundary, "--other" + boundary);
                        case 2 -> content;
                        default -> whole.replace("\r\n", "\n").replace("Content-Disposition", "Content-Dispositio");
                    };
                    return BadRequest.of("broken multipart", "POST", "/api/v1/imports",
                            Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), body, Set.of(400, 413), List.of());
                });
        Arbitrary<BadRequest> withoutFile = Combinators.combine(boundaries, Arbitraries.strings().alpha().ofMinLength(1)
                .ofMaxLength(20).filter(n -> !n.equals("file")), Arbitraries.integers().between(1, 30)).as((boundary, name, parts) -> {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0; i < parts; i++) {
                        body.append(part(boundary, name + i, i % 2 == 0 ? "a.csv" : null, "external_id\n"));
                    }
                    body.append("--").append(boundary).append("--\r\n");
                    return BadRequest.of("no file part", "POST", "/api/v1/imports",
                            Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), body.toString(), Set.of(400, 413),
                            List.of());
                });
        Arbitrary<BadRequest> badChannel = Combinators.combine(boundaries, anyText().filter(c -> !c.isBlank())
                .map(c -> "X" + c)).as((boundary, channel) -> BadRequest.of("bad channel", "POST",
                "/api/v1/imports?channel=" + encode(channel), Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                part(boundary, "file", "a.csv", "external_id;nik\n") + "--" + boundary + "--\r\n", Set.of(400), List.of("channel")));
        Arbitrary<BadRequest> emptyFile = boundaries.map(boundary -> BadRequest.of("empty file", "POST", "/api/v1/imports",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                part(boundary, "file", "a.csv", "") + "--" + boundary + "--\r\n", Set.of(400), List.of()));
        return Arbitraries.oneOf(notMultipart, brokenMultipart, withoutFile, badChannel, emptyFile);
    }

    private static String part(String boundary, String name, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n" + content
                + "\r\n";
    }

    // ---- GET endpoints: query strings, paths and Accept headers ------------------------------

    /** A query of known and unknown parameters with at least one unknown name or one bad value. */
    static Arbitrary<BadRequest> queries(String path, Map<String, Arbitrary<String>> good, Map<String, Arbitrary<String>> bad) {
        Arbitrary<String> unknownNames = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12)).filter(n -> !good.containsKey(n) && !n.isBlank());
        Arbitrary<Map.Entry<String, String>> unknown = Combinators.combine(unknownNames, anyText()).as(Map::entry);
        Arbitrary<Map.Entry<String, String>> wrong = bad.isEmpty() ? unknown : Arbitraries.oneOf(unknown,
                Arbitraries.of(List.copyOf(bad.keySet())).flatMap(k -> bad.get(k).map(v -> Map.entry(k, v))));
        Arbitrary<List<Map.Entry<String, String>>> goodEntries = good.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(List.copyOf(good.keySet())).flatMap(k -> good.get(k).map(v -> Map.entry(k, v))).list()
                        .ofMaxSize(3);
        return Combinators.combine(wrong, goodEntries, Arbitraries.integers().between(0, 100), getAccepts())
                .as((w, others, position, accept) -> {
                    List<Map.Entry<String, String>> params = new ArrayList<>(others.stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, e -> e, (a, b) -> a, LinkedHashMap::new)).values());
                    params.removeIf(e -> e.getKey().equals(w.getKey()));
                    params.add(position % (params.size() + 1), w);
                    String query = params.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                            .collect(Collectors.joining("&"));
                    Map<String, String> headers = new LinkedHashMap<>();
                    accept.ifPresent(a -> headers.put("Accept", a));
                    boolean unreadable = accept.isPresent() && !readable(accept.get(), path.contains("stats"));
                    // The request firewall refuses control characters before any endpoint could name the parameter.
                    boolean named = !unreadable && printable(w.getKey() + w.getValue());
                    return new BadRequest("query", "GET", path + "?" + query, headers, null,
                            unreadable ? Set.of(400, 406) : Set.of(400), named ? List.of(w.getKey()) : List.of());
                });
    }

    static Arbitrary<java.util.Optional<String>> getAccepts() {
        return Arbitraries.of("application/json", "*/*", "text/csv", "text/html", "application/xml", "image/*", "garbage/",
                "application/json;q=0.1, text/csv;q=0.9", "text/*").optional(0.5);
    }

    /** Whether an endpoint answering JSON (and, for the statistics, CSV) can serve {@code accept}. */
    private static boolean readable(String accept, boolean csvToo) {
        return Set.of("application/json", "*/*", "application/json;q=0.1, text/csv;q=0.9").contains(accept)
                || csvToo && Set.of("text/csv", "text/*").contains(accept);
    }

    /** Dates no endpoint accepts: not ISO dates, impossible ones, or outside 1900-2999. */
    static Arbitrary<String> badDates() {
        // A blank date is no date: the endpoint's default applies.
        return Arbitraries.oneOf(anyText().filter(s -> !s.isBlank() && !s.strip().matches("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}")),
                Arbitraries.of("2025-02-30", "30-06-2025", "2025/06/30", "20250630", "0000-01-01", "1899-12-31", "3000-01-01",
                        "-999999999-01-01", "+999999999-12-31", "+10000-01-01", "-0001-01-01", "2025-13-01", "2025-06-31"),
                Arbitraries.integers().between(-999_999_999, 1899).map(y -> String.format("%04d-01-01", y)),
                Arbitraries.integers().between(3000, 999_999_999).map(y -> "+" + y + "-06-30"));
    }

    static Arbitrary<String> goodDates() {
        return Arbitraries.integers().between(2019, 2026).map(y -> y + "-06-30");
    }

    /** Case numbers that cannot be one: too long, spaces, punctuation, any unicode. */
    static Arbitrary<BadRequest> caseNumbers() {
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(41).ofMaxLength(2000),
                anyText().filter(s -> !s.isEmpty() && !s.matches("[A-Za-z0-9-]{1,40}")));
        return Combinators.combine(numbers, getAccepts()).as((n, accept) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            accept.ifPresent(a -> headers.put("Accept", a));
            boolean unreadable = accept.isPresent() && !readable(accept.get(), false);
            // The firewall refuses encoded separators (% ; . / \\) and control characters before the endpoint sees them.
            boolean named = !unreadable && printable(n) && n.chars().noneMatch(c -> "%;./\\".indexOf(c) >= 0);
            return new BadRequest("case number", "GET", "/api/v1/cases/" + encodePath(n), headers, null,
                    unreadable ? Set.of(400, 406) : Set.of(400), named ? List.of("caseNumber") : List.of());
        });
    }

    /** Paths under /api that no endpoint serves, with any method. */
    static Arbitrary<BadRequest> unknownPaths() {
        Arbitrary<String> segments = anyText().filter(s -> !s.isEmpty()).list().ofMinSize(1).ofMaxSize(4)
                .map(l -> l.stream().map(BadRequests::encodePath).collect(Collectors.joining("/")));
        return Combinators.combine(Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH"), Arbitraries.of("/api/", "/api/v1/x-",
                "/api/v2/", "/api/v1/cases-"), segments).as((m, prefix, rest) -> new BadRequest("unknown path", m, prefix + rest,
                Map.of(), null, Set.of(400, 404), List.of()));
    }

    /** Real endpoints with a method they do not serve. */
    static Arbitrary<BadRequest> wrongMethods() {
        return Combinators.combine(Arbitraries.of("PUT", "DELETE", "PATCH"), Arbitraries.of("/api/v1/cases",
                "/api/v1/cases/PPU-2026-0000001", "/api/v1/imports", "/api/v1/stats/uptake", "/api/v1/outreach/priorities"))
                .as((m, p) -> new BadRequest("wrong method", m, p, Map.of(), null, Set.of(405), List.of()));
    }

    /** Whether {@code s} has only assigned, non-control characters (what the request firewall lets through). */
    static boolean printable(String s) {
        return s.codePoints().allMatch(c -> Character.isDefined(c) && !Character.isISOControl(c) && !Character.isSurrogate((char) c)
                && c != 0xfffd);
    }

    // ---- encoding helpers ---------------------------------------------------------------------

    /** A JSON string literal of {@code s}, every character kept (lone surrogates as escapes). */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String object(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    /** Every byte outside the unreserved characters percent-encoded (a query name or value). */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    /** A path segment: like {@link #encode}, and never "." or ".." (which a client resolves away). */
    static String encodePath(String s) {
        String e = encode(s);
        return e.equals(".") || e.equals("..") ? "%2E" + e : e;
    }
}
