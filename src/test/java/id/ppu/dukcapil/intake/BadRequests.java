package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.RandomInputs.between;
import static id.ppu.dukcapil.intake.RandomInputs.pick;
import static id.ppu.dukcapil.intake.RandomInputs.string;
import static id.ppu.dukcapil.intake.RandomInputs.until;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seeded generators of malformed requests, one family per endpoint. Each generated request is
 * invalid by construction (so an answer of 2xx is a bug, not bad luck): a valid body with at least
 * one mutation that breaks it, a content type the endpoint cannot read, or a query with at least
 * one unknown parameter or bad value. The same seed gives the same requests.
 */
final class BadRequests {

    static final String NIK = IntakeTestData.nik(2, 7, 3, 91, 8401);
    private static final AtomicLong IDS = new AtomicLong();
    private static final List<String> REQUIRED =
            List.of("externalId", "serviceType", "nik", "applicantName", "villageCode");
    private static final List<String> FIELDS = List.of(
            "externalId",
            "channel",
            "serviceType",
            "nik",
            "applicantName",
            "villageCode",
            "phone",
            "submittedAt",
            "notes");
    private static final List<String> WRONG_TYPES = List.of(
            "true",
            "false",
            "[]",
            "{}",
            "[\"x\"]",
            "{\"value\":\"x\"}",
            "[[[[1]]]]",
            "6409014501900003",
            "[\"" + NIK + "\"]");
    private static final List<String> BAD_SUBMISSION_TIMES = List.of(
            "2999-01-01T00:00:00+08:00",
            "-100000-01-01T00:00:00+08:00",
            "+999999999-12-31T23:59:59-18:00",
            "2026-02-30T00:00:00+08:00",
            "2026-01-05",
            "2026-01-05T09:15:00",
            "1699999999");
    private static final List<String> SUBMIT_ACCEPTS =
            List.of("application/json", "*/*", "application/*", "application/json, text/plain;q=0.5");
    private static final List<String> FOREIGN_TYPES = List.of(
            "text/plain",
            "text/html",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/mixed",
            "application/octet-stream",
            "image/png",
            "garbage",
            "application/",
            "/json",
            "*/*",
            "application/*",
            "application/merge-patch+json",
            "application/jsonx",
            "text/json",
            "application/json; charset=utf-32",
            "application/json; charset=no-such-charset",
            "application/json; charset=\"",
            "application/json;;;",
            "multipart/form-data; boundary=",
            "multipart/form-data; boundary=\"unclosed");
    private static final List<String> FOREIGN_BODIES = List.of(
            "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nexternal_id\r\n--x--\r\n",
            "externalId=FUZZ&nik=1",
            "<case><nik>1</nik></case>",
            "");
    private static final List<String> GET_ACCEPTS = List.of(
            "application/json",
            "*/*",
            "text/csv",
            "text/html",
            "application/xml",
            "image/*",
            "garbage/",
            "application/json;q=0.1, text/csv;q=0.9",
            "text/*");
    private static final List<String> BAD_DATES = List.of(
            "2025-02-30",
            "30-06-2025",
            "2025/06/30",
            "20250630",
            "0000-01-01",
            "1899-12-31",
            "3000-01-01",
            "-999999999-01-01",
            "+999999999-12-31",
            "+10000-01-01",
            "-0001-01-01",
            "2025-13-01",
            "2025-06-31");
    private static final RandomInputs.Chars NASTY =
            RandomInputs.of("\u0000\u0001\u0007\b\u001b\u007f\ud800\udfff\u202e\ufeff");
    private static final RandomInputs.Chars VISIBLE_ASCII = RandomInputs.range('!', '~');

    private BadRequests() {}

    // ---- POST /api/v1/cases: mutated valid JSON --------------------------------------------------

    /** A field-level change that makes a valid submission invalid, and the field it breaks. */
    record Mutation(String field, String rawJson) {}

    /** A valid submission with one to three fields broken, then often truncated, nested wrongly, made huge or given a field twice. */
    static BadRequest submission(Random random) {
        List<Mutation> mutations = fieldMutations(random);
        // Mostly the mutated body as it is (6 in 11), else truncated (2), wrongly nested, huge, with a field twice (1
        // each).
        int shape = random.nextInt(11);
        int kind = shape < 6 ? 0 : shape < 8 ? 1 : shape - 6;
        int cut = between(random, 0, 1_000_000);
        String accept = random.nextBoolean() ? pick(random, SUBMIT_ACCEPTS) : null;
        return submission(mutations, kind, cut, accept);
    }

    /** One to three mutations, each of another field. */
    private static List<Mutation> fieldMutations(Random random) {
        int size = between(random, 1, 3);
        Map<String, Mutation> byField = new LinkedHashMap<>();
        while (byField.size() < size) {
            Mutation m = switch (random.nextInt(3)) {
                case 0 -> dropped(random);
                case 1 -> retyped(random);
                default -> badValue(random);
            };
            byField.putIfAbsent(m.field(), m);
        }
        return List.copyOf(byField.values());
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
        Set<Integer> expected =
                mutations.stream().anyMatch(m -> m.field().equals("channel")) ? Set.of(400, 403) : Set.of(400);
        // The body is read up to its first value of a wrong type: that field is the one named.
        List<String> wronglyTyped = new ArrayList<>(fields.keySet().stream()
                .filter(f -> mutations.stream().anyMatch(m -> m.field().equals(f) && isWrongType(m.rawJson())))
                .toList());
        switch (kind) {
            case 1 -> {
                json = json.substring(0, cut % json.length());
                label = "truncated";
                expected = Set.of(400);
                wronglyTyped.clear();
            }
            case 2 -> {
                json = List.of(
                                "[" + json + "]",
                                "{\"submission\":" + json + "}",
                                quoted(json),
                                "[]",
                                "{}",
                                json + json,
                                json + ",",
                                "{" + json + "}")
                        .get(cut % 8);
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
                // A field twice is unreadable JSON, whichever copy a parser would keep. Twice: so a field that is
                // there, not one a mutation dropped (else the second copy could make the body valid).
                String field = mutations.stream()
                        .map(Mutation::field)
                        .filter(fields::containsKey)
                        .findFirst()
                        .orElseGet(() -> fields.keySet().iterator().next());
                json = json.substring(0, json.length() - 1) + ",\"" + field + "\":"
                        + List.of("1", "[]", "{}", "true", "\"x\"").get(cut % 5) + "}";
                label = "duplicated " + field;
                expected = Set.of(400);
            }
            default -> {}
        }
        List<String> names;
        if (kind != 0) {
            names = List.of();
        } else if (!wronglyTyped.isEmpty()) {
            names = List.of(wronglyTyped.get(0));
        } else {
            names = mutations.stream()
                    .map(Mutation::field)
                    .filter(f -> !f.equals("channel"))
                    .toList();
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
        fields.put("villageCode", quoted(NIPAH_NIPAH_VILLAGE));
        fields.put("phone", quoted("081234567890"));
        fields.put("submittedAt", quoted("2026-01-05T09:15:00+08:00"));
        fields.put("notes", quoted("Datang bersama anaknya"));
        return fields;
    }

    private static Mutation dropped(Random random) {
        return new Mutation(pick(random, REQUIRED), null);
    }

    private static Mutation retyped(Random random) {
        if (random.nextBoolean()) {
            return new Mutation(pick(random, REQUIRED), "null");
        }
        String wrong = switch (random.nextInt(3)) {
            case 0 -> String.valueOf(RandomInputs.anyLong(random));
            case 1 -> String.valueOf(RandomInputs.anyDouble(random));
            default -> pick(random, WRONG_TYPES);
        };
        return new Mutation(pick(random, FIELDS), wrong);
    }

    private static Mutation badValue(Random random) {
        return switch (random.nextInt(9)) {
            case 0 ->
                new Mutation(
                        "externalId",
                        quoted(
                                switch (random.nextInt(3)) {
                                    case 0 -> string(random, RandomInputs.ALPHA, 101, 300);
                                    case 1 -> "ID " + nasty(random);
                                    default -> pick(random, "", "   ");
                                }));
            case 1 -> new Mutation("channel", quoted("X" + string(random, RandomInputs.ALPHA, 1, 10)));
            case 2 -> new Mutation("serviceType", quoted("XX-" + anyText(random)));
            case 3 ->
                new Mutation(
                        "nik",
                        quoted(until(() -> anyText(random), v -> !v.strip().matches("[0-9]{16}"))));
            case 4 ->
                new Mutation(
                        "applicantName",
                        quoted(
                                switch (random.nextInt(3)) {
                                    case 0 -> string(random, RandomInputs.ALPHA, 121, 1000);
                                    case 1 -> "  " + string(random, RandomInputs.ALPHA, 1, 1) + "  ";
                                    default -> "Siti" + nasty(random);
                                }));
            case 5 -> new Mutation("villageCode", quoted("ZZ-" + anyText(random)));
            case 6 -> new Mutation("phone", quoted("08x" + anyText(random)));
            case 7 ->
                new Mutation(
                        "submittedAt",
                        quoted(
                                random.nextBoolean()
                                        ? "kemarin " + anyText(random)
                                        : pick(random, BAD_SUBMISSION_TIMES)));
            default ->
                new Mutation(
                        "notes",
                        quoted(
                                random.nextBoolean()
                                        ? string(random, RandomInputs.ALPHA, 2001, 20_000)
                                        : "catatan"
                                                + until(
                                                        () -> nasty(random),
                                                        s -> s.chars()
                                                                .anyMatch(c -> Character.isISOControl(c)
                                                                        || Character.isSurrogate((char) c)))));
        };
    }

    /** Text a database or a parser may choke on: NUL, control characters, lone surrogates, bidi marks. */
    static String nasty(Random random) {
        return string(random, NASTY, 1, 5);
    }

    /** Any text, printable or not, short or up to a few kilobytes. */
    static String anyText(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> string(random, RandomInputs.ANY, 0, 40);
            case 1 -> nasty(random);
            default -> string(random, RandomInputs.ASCII, 0, 4000);
        };
    }

    // ---- POST /api/v1/cases: bodies in a content type the endpoint does not read --------------

    /** A body in a content type {@code path} does not read (or without one), answered with a status out of {@code expected}. */
    static BadRequest foreignContentType(Random random, String path, Set<Integer> expected) {
        String type = switch (random.nextInt(3)) {
            case 0 -> pick(random, FOREIGN_TYPES);
            case 1 -> "multipart/form-data; boundary=" + string(random, VISIBLE_ASCII, 1, 70);
            default ->
                until(
                        () -> string(random, VISIBLE_ASCII, 1, 40),
                        t -> !t.toLowerCase().startsWith("application/json"));
        };
        byte[] body = switch (random.nextInt(3)) {
            case 0 -> RandomInputs.bytes(random, 2000);
            case 1 -> object(validFields()).getBytes(StandardCharsets.UTF_8);
            default -> pick(random, FOREIGN_BODIES).getBytes(StandardCharsets.UTF_8);
        };
        boolean withType = random.nextBoolean();
        Map<String, String> headers = new LinkedHashMap<>();
        if (withType || type.startsWith("application/json")) {
            headers.put("Content-Type", type);
        }
        // A JSON type with a charset the server cannot decode must not carry a readable body.
        byte[] b =
                type.startsWith("application/json") ? "{\"externalId\": \u00ff".getBytes(StandardCharsets.UTF_8) : body;
        return new BadRequest("content type", "POST", path, headers, b, expected, List.of());
    }

    // ---- POST /api/v1/imports: requests that are no readable upload ---------------------------

    /** No multipart, broken multipart, no file part, a bad channel or an empty file (one in five each). */
    static BadRequest upload(Random random) {
        String boundary = string(random, RandomInputs.ALPHANUMERIC, 1, 60);
        Map<String, String> multipart = Map.of("Content-Type", "multipart/form-data; boundary=" + boundary);
        switch (random.nextInt(5)) {
            case 0 -> {
                return until(
                        () -> foreignContentType(random, "/api/v1/imports", Set.of(400, 413, 415)),
                        r -> !r.headers()
                                .getOrDefault("Content-Type", "")
                                .toLowerCase()
                                .startsWith("multipart/form-data; boundary="));
            }
            case 1 -> {
                String content = string(random, RandomInputs.ANY, 0, 200);
                int cut = between(random, 0, 10_000);
                String whole = part(boundary, "file", "a.csv", "external_id;nik\nA;1\n" + content) + "--" + boundary
                        + "--\r\n";
                String body = switch (cut % 4) {
                    case 0 -> whole.substring(0, cut % Math.max(1, whole.length() - boundary.length() - 6));
                    case 1 -> whole.replace("--" + boundary, "--other" + boundary);
                    case 2 -> content;
                    default -> whole.replace("\r\n", "\n").replace("Content-Disposition", "Content-Dispositio");
                };
                return BadRequest.of(
                        "broken multipart", "POST", "/api/v1/imports", multipart, body, Set.of(400, 413), List.of());
            }
            case 2 -> {
                String name = until(() -> string(random, RandomInputs.ALPHA, 1, 20), n -> !n.equals("file"));
                int parts = between(random, 1, 30);
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < parts; i++) {
                    body.append(part(boundary, name + i, i % 2 == 0 ? "a.csv" : null, "external_id\n"));
                }
                body.append("--").append(boundary).append("--\r\n");
                return BadRequest.of(
                        "no file part",
                        "POST",
                        "/api/v1/imports",
                        multipart,
                        body.toString(),
                        Set.of(400, 413),
                        List.of());
            }
            case 3 -> {
                String channel = "X" + until(() -> anyText(random), c -> !c.isBlank());
                return BadRequest.of(
                        "bad channel",
                        "POST",
                        "/api/v1/imports?channel=" + encode(channel),
                        multipart,
                        part(boundary, "file", "a.csv", "external_id;nik\n") + "--" + boundary + "--\r\n",
                        Set.of(400),
                        List.of("channel"));
            }
            default -> {
                return BadRequest.of(
                        "empty file",
                        "POST",
                        "/api/v1/imports",
                        multipart,
                        part(boundary, "file", "a.csv", "") + "--" + boundary + "--\r\n",
                        Set.of(400),
                        List.of());
            }
        }
    }

    private static String part(String boundary, String name, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n"
                + content
                + "\r\n";
    }

    // ---- GET endpoints: query strings, paths and Accept headers ------------------------------

    /**
     * A query of known and unknown parameters with at least one unknown name or one bad value:
     * {@code good} and {@code bad} generate the values of each known parameter.
     */
    static BadRequest query(
            Random random,
            String path,
            Map<String, Function<Random, String>> good,
            Map<String, Function<Random, String>> bad) {
        // Sorted: the order of Map.of changes from one JVM to the next, the inputs of a seed must not.
        List<String> goodNames = List.copyOf(new TreeMap<>(good).keySet());
        List<String> badNames = List.copyOf(new TreeMap<>(bad).keySet());
        Map.Entry<String, String> w;
        if (badNames.isEmpty() || random.nextBoolean()) {
            String name = until(
                    () -> string(random, random.nextBoolean() ? RandomInputs.ALPHA : RandomInputs.ANY, 1, 12),
                    n -> !good.containsKey(n) && !n.isBlank());
            w = Map.entry(name, anyText(random));
        } else {
            String name = pick(random, badNames);
            w = Map.entry(name, bad.get(name).apply(random));
        }
        List<Map.Entry<String, String>> others = new ArrayList<>();
        for (int i = goodNames.isEmpty() ? 0 : between(random, 0, 3); i > 0; i--) {
            String name = pick(random, goodNames);
            others.add(Map.entry(name, good.get(name).apply(random)));
        }
        int position = between(random, 0, 100);
        String accept = getAccept(random);

        List<Map.Entry<String, String>> params = new ArrayList<>(others.stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e, (a, b) -> a, LinkedHashMap::new))
                .values());
        params.removeIf(e -> e.getKey().equals(w.getKey()));
        params.add(position % (params.size() + 1), w);
        String query = params.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        Map<String, String> headers = new LinkedHashMap<>();
        if (accept != null) {
            headers.put("Accept", accept);
        }
        boolean unreadable = accept != null && !readable(accept, path.contains("stats"));
        // The request firewall refuses control characters before any endpoint could name the parameter.
        boolean named = !unreadable && printable(w.getKey() + w.getValue());
        return new BadRequest(
                "query",
                "GET",
                path + "?" + query,
                headers,
                null,
                unreadable ? Set.of(400, 406) : Set.of(400),
                named ? List.of(w.getKey()) : List.of());
    }

    /** An Accept header of a GET request half of the time, else none ({@code null}). */
    static String getAccept(Random random) {
        return random.nextBoolean() ? pick(random, GET_ACCEPTS) : null;
    }

    /** Whether an endpoint answering JSON (and, for the statistics, CSV) can serve {@code accept}. */
    private static boolean readable(String accept, boolean csvToo) {
        return Set.of("application/json", "*/*", "application/json;q=0.1, text/csv;q=0.9")
                        .contains(accept)
                || csvToo && Set.of("text/csv", "text/*").contains(accept);
    }

    /** A date no endpoint accepts: not an ISO date, an impossible one, or outside 1900-2999. */
    static String badDate(Random random) {
        return switch (random.nextInt(4)) {
            // A blank date is no date: the endpoint's default applies.
            case 0 ->
                until(
                        () -> anyText(random),
                        s -> !s.isBlank() && !s.strip().matches("[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}"));
            case 1 -> pick(random, BAD_DATES);
            case 2 -> String.format("%04d-01-01", between(random, -999_999_999, 1899));
            default -> "+" + between(random, 3000, 999_999_999) + "-06-30";
        };
    }

    static String goodDate(Random random) {
        return between(random, 2019, 2026) + "-06-30";
    }

    /** A case number that cannot be one: too long, spaces, punctuation, any unicode. */
    static BadRequest caseNumber(Random random) {
        String n = random.nextBoolean()
                ? string(random, RandomInputs.ALPHANUMERIC, 41, 2000)
                : until(() -> anyText(random), s -> !s.isEmpty() && !s.matches("[A-Za-z0-9-]{1,40}"));
        String accept = getAccept(random);
        Map<String, String> headers = new LinkedHashMap<>();
        if (accept != null) {
            headers.put("Accept", accept);
        }
        boolean unreadable = accept != null && !readable(accept, false);
        // The firewall refuses encoded separators (% ; . / \\) and control characters before the endpoint sees them.
        boolean named = !unreadable && printable(n) && n.chars().noneMatch(c -> "%;./\\".indexOf(c) >= 0);
        return new BadRequest(
                "case number",
                "GET",
                "/api/v1/cases/" + encodePath(n),
                headers,
                null,
                unreadable ? Set.of(400, 406) : Set.of(400),
                named ? List.of("caseNumber") : List.of());
    }

    /** A path under /api that no endpoint serves, with any method. */
    static BadRequest unknownPath(Random random) {
        String method = pick(random, "GET", "POST", "PUT", "DELETE", "PATCH");
        String prefix = pick(random, "/api/", "/api/v1/x-", "/api/v2/", "/api/v1/cases-");
        List<String> segments = new ArrayList<>();
        for (int i = between(random, 1, 4); i > 0; i--) {
            segments.add(encodePath(until(() -> anyText(random), s -> !s.isEmpty())));
        }
        return new BadRequest(
                "unknown path",
                method,
                prefix + String.join("/", segments),
                Map.of(),
                null,
                Set.of(400, 404),
                List.of());
    }

    /** A real endpoint with a method it does not serve. */
    static BadRequest wrongMethod(Random random) {
        String method = pick(random, "PUT", "DELETE", "PATCH");
        String path = pick(
                random,
                "/api/v1/cases",
                "/api/v1/cases/PPU-2026-0000001",
                "/api/v1/imports",
                "/api/v1/stats/uptake",
                "/api/v1/outreach/priorities");
        return new BadRequest("wrong method", method, path, Map.of(), null, Set.of(405), List.of());
    }

    /** Whether {@code s} has only assigned, non-control characters (what the request firewall lets through). */
    static boolean printable(String s) {
        return s.codePoints()
                .allMatch(c -> Character.isDefined(c)
                        && !Character.isISOControl(c)
                        && !Character.isSurrogate((char) c)
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
        return fields.entrySet().stream()
                .map(e -> quoted(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Every byte outside the unreserved characters percent-encoded (a query name or value). */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
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
