package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.RandomInputs.shown;
import static id.ppu.dukcapil.intake.WhatsAppDeliveries.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated deliveries (seeded), correctly signed so that they pass the signature check, over real
 * HTTP: broken JSON, wrong JSON types at every field of Meta's shape, other content types,
 * notifications of unknown shapes, and valid messages full of any text. Never a 5xx; a 4xx problem
 * naming what is wrong and nothing stored, or 200 for what Meta's contract says to acknowledge.
 * One dynamic test per delivery, named by its kind and index; the same seed gives the same ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsAppWebhookGeneratedInputIT {

    private static final long SEED = 6409_2029L;
    /** Message ids of this class start with wamid.PROPTEST, senders with 6281900. */
    private static final String SENDER = "628190000001";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Fields of the sample delivery that the webhook does not read: any value there is fine. */
    private static final Pattern NOT_READ =
            Pattern.compile("^object$|^entry\\[\\d+]\\.id$|\\.metadata(\\..*)?$|\\.messaging_product$"
                    + "|\\.sha256$|\\.voice$|\\.animated$|\\.errors\\[0]\\.(code|message|error_data.*)$|\\.phones\\[\\d+]\\.(wa_id|type)$"
                    + "|\\.name\\.first_name$|\\.context(\\..*)?$");
    /** Content types the webhook does not read, and none at all: each is tried once. */
    private static final List<String> NOT_JSON = Arrays.asList(
            "text/plain",
            "text/plain; charset=UTF-8",
            "application/xml",
            "application/x-www-form-urlencoded",
            "application/octet-stream",
            "multipart/form-data",
            "multipart/form-data; boundary=x",
            "text/json",
            "json",
            "application/jsonp",
            "image/jpeg",
            ";;;",
            "application/",
            null);

    private static final AtomicLong IDS = new AtomicLong();

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Autowired
    JdbcClient jdbc;

    private WebhookHttp webhook;

    @BeforeAll
    void client() {
        webhook = new WebhookHttp(port, appSecret);
    }

    @AfterAll
    void cleanUp() {
        WhatsAppWebhookIT.deleteMine(jdbc, "wamid.PROPTEST", "6281900");
    }

    @TestFactory
    Stream<DynamicTest> broken_json_is_a_bad_request_and_stores_nothing() {
        String valid = sample(SENDER).toString();
        return generated(
                "broken json", 0, 150, r -> WhatsAppGeneratedInputs.brokenJson(r, valid), RandomInputs::shown, body -> {
                    long before = stored();

                    HttpResponse<String> r = webhook.post(body);

                    assertThat(r.statusCode()).isEqualTo(400);
                    assertThat(problem(r).path("code").asText()).isEqualTo("api.error.body");
                    assertThat(stored()).isEqualTo(before);
                });
    }

    @TestFactory
    Stream<DynamicTest> random_bytes_are_refused_unless_they_are_a_json_object() {
        return generated("random bytes", 1, 100, WhatsAppGeneratedInputs::anyBytes, RandomInputs::shown, body -> {
            long before = stored();
            JsonNode parsed;
            try {
                parsed = JSON.readTree(body);
            } catch (Exception notJson) {
                parsed = null;
            }

            HttpResponse<String> r = webhook.post(body);

            if (parsed == null || parsed.isMissingNode()) {
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(problem(r).path("code").asText()).isEqualTo("api.error.body");
            } else if (!parsed.isObject()) {
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(problem(r).path("errors").get(0).path("field").asText())
                        .isEqualTo("$");
            } else {
                assertThat(r.statusCode()).isIn(200, 400);
            }
            assertThat(stored()).isEqualTo(before);
        });
    }

    @TestFactory
    Stream<DynamicTest>
            a_wrong_json_type_anywhere_in_metas_shape_is_a_bad_request_naming_the_field_and_stores_nothing() {
        ObjectNode sample = sample(SENDER);
        List<String> paths = new ArrayList<>();
        collect(sample, "", paths);
        Random random = new Random(SEED + 2);
        return IntStream.range(0, 250).mapToObj(i -> {
            // The sample delivery with one field of Meta's shape replaced by a value of a wrong JSON type.
            String path = RandomInputs.pick(random, paths);
            ObjectNode copy = sample.deepCopy();
            replace(copy, path, wrongFor(path, at(copy, path), random.nextInt(7)));
            String broken = copy.toString();
            return DynamicTest.dynamicTest(
                    "wrong type at " + path + " #" + i, RandomInputs.showing(() -> shown(broken), () -> {
                        long before = stored();

                        HttpResponse<String> r = webhook.post(bytes(broken));

                        assertThat(r.statusCode()).as(path).isEqualTo(400);
                        JsonNode problem = problem(r);
                        assertThat(problem.path("code").asText()).isEqualTo("api.error.whatsapp.field");
                        assertThat(problem.path("errors").get(0).path("field").asText())
                                .isEqualTo(path);
                        assertThat(problem.path("errors").get(0).path("message").asText())
                                .isNotBlank();
                        assertThat(stored()).isEqualTo(before);
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> notifications_of_unknown_shapes_are_acknowledged_and_store_nothing() {
        return generated(
                "unknown shape",
                3,
                100,
                WhatsAppWebhookGeneratedInputIT::unknownShape,
                n -> shown(n.toString()),
                notification -> {
                    long before = stored();

                    HttpResponse<String> r = webhook.post(JSON.writeValueAsBytes(notification));

                    assertThat(r.statusCode()).as(notification.toString()).isEqualTo(200);
                    assertThat(stored()).isEqualTo(before);
                });
    }

    /** Every content type of the list, once (a handful of values: trying each beats drawing at random). */
    @TestFactory
    Stream<DynamicTest> a_delivery_not_sent_as_json_is_an_unsupported_media_type() {
        return IntStream.range(0, NOT_JSON.size()).mapToObj(i -> {
            String contentType = NOT_JSON.get(i);
            return DynamicTest.dynamicTest("content type " + contentType + " #" + i, () -> {
                long before = stored();

                HttpResponse<String> r = webhook.post(bytes(sample(SENDER).toString()), contentType);

                assertThat(r.statusCode()).as(contentType).isEqualTo(415);
                assertThat(problem(r).path("code").asText()).isEqualTo("api.error.whatsapp.contentType");
                assertThat(stored()).isEqualTo(before);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> any_text_in_a_valid_message_is_stored_once_and_acknowledged() {
        return generated(
                "text, name and sender",
                5,
                100,
                r -> List.of(WhatsAppGeneratedInputs.anyText(r), WhatsAppGeneratedInputs.anyText(r), sender(r)),
                l -> l.stream().map(RandomInputs::shown).toList().toString(),
                l -> {
                    String text = l.get(0);
                    String name = l.get(1);
                    String sender = l.get(2);
                    String id = "wamid.PROPTEST-T" + IDS.incrementAndGet();
                    String caption = text.length() > 3000 ? text.substring(0, 3000) : text;
                    ObjectNode root = (ObjectNode) JSON.readTree(WhatsAppDeliveries.delivery(
                            "628190000000",
                            "x",
                            WhatsAppDeliveries.text(id, "628190000000", "x"),
                            WhatsAppDeliveries.document(id + "-doc", "628190000000", "f", "c")));
                    JsonNode value =
                            root.path("entry").get(0).path("changes").get(0).path("value");
                    ((ObjectNode) value.path("contacts").get(0)).put("wa_id", sender);
                    ((ObjectNode) value.path("contacts").get(0).path("profile")).put("name", name);
                    ((ObjectNode) value.path("messages").get(0)).put("from", sender);
                    ((ObjectNode) value.path("messages").get(1)).put("from", sender);
                    ((ObjectNode) value.path("messages").get(0).path("text")).put("body", text);
                    ((ObjectNode) value.path("messages").get(1).path("document"))
                            .put("caption", caption)
                            .put("filename", name);

                    HttpResponse<String> r = webhook.post(JSON.writeValueAsBytes(root));

                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(jdbc.sql(
                                            "select count(*) from inbound_message where message_id in (:a, :b) and case_id is not null")
                                    .param("a", id)
                                    .param("b", id + "-doc")
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(2);
                });
    }

    /** A check of one generated input that may throw. */
    @FunctionalInterface
    interface Check<T> {
        void accept(T input) throws Exception;
    }

    /** {@code tries} inputs of {@code generator}, from a seed of their own, each checked as a dynamic test showing its input on failure. */
    private static <T> Stream<DynamicTest> generated(
            String kind,
            int family,
            int tries,
            Function<Random, T> generator,
            Function<T, String> shown,
            Check<T> check) {
        Random random = new Random(SEED + family);
        return IntStream.range(0, tries).mapToObj(i -> {
            T input = generator.apply(random);
            return DynamicTest.dynamicTest(
                    kind + " #" + i, RandomInputs.showing(() -> shown.apply(input), () -> check.accept(input)));
        });
    }

    /** A phone number of this class, a user id, or any text after this class's prefix. */
    private static String sender(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "628190" + RandomInputs.string(random, RandomInputs.NUMERIC, 6, 6);
            case 1 -> "ID.6281900" + RandomInputs.string(random, RandomInputs.ALPHANUMERIC, 1, 140);
            default -> "6281900" + RandomInputs.until(() -> WhatsAppGeneratedInputs.anyText(random), s -> !s.isBlank());
        };
    }

    /** A notification for another object than WhatsApp's, or for another field than the messages. */
    private static JsonNode unknownShape(Random random) {
        if (random.nextBoolean()) {
            return RandomInputs.until(
                    () -> WhatsAppGeneratedInputs.anyObject(random, 3),
                    o -> !WhatsAppDeliveryReader.OBJECT.equals(o.path("object").asText(null)));
        }
        String field = RandomInputs.until(
                () -> RandomInputs.string(random, RandomInputs.ALPHA, 1, 30), f -> !f.equals("messages"));
        JsonNode value = WhatsAppGeneratedInputs.anyJson(random, 3);
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("object", WhatsAppDeliveryReader.OBJECT);
        root.putArray("entry")
                .addObject()
                .put("id", "1")
                .putArray("changes")
                .addObject()
                .put("field", field)
                .set("value", value);
        return root;
    }

    /** A delivery with a message of every type the webhook reads fields of. */
    private static ObjectNode sample(String s) {
        String json = WhatsAppDeliveries.delivery(
                s,
                "Rina",
                WhatsAppDeliveries.text("wamid.PROPTEST-1", s, "Halo"),
                WhatsAppDeliveries.image("wamid.PROPTEST-2", s, "Foto KTP"),
                WhatsAppDeliveries.document("wamid.PROPTEST-3", s, "kk.pdf", "KK saya"),
                WhatsAppDeliveries.location("wamid.PROPTEST-4", s),
                WhatsAppDeliveries.contacts("wamid.PROPTEST-5", s),
                WhatsAppDeliveries.buttonReply("wamid.PROPTEST-6", s),
                WhatsAppDeliveries.listReply("wamid.PROPTEST-7", s),
                WhatsAppDeliveries.button("wamid.PROPTEST-8", s),
                WhatsAppDeliveries.reaction("wamid.PROPTEST-9", s),
                WhatsAppDeliveries.unsupported("wamid.PROPTEST-10", s));
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty() && !NOT_READ.matcher(path).find()) {
            paths.add(path);
        }
        if (node.isObject() && !NOT_READ.matcher(path).find()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                collect(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", paths);
            }
        }
    }

    private static JsonNode wrongFor(String path, JsonNode original, int pick) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        List<JsonNode> wrong =
                new ArrayList<>(List.of(n.nullNode(), n.booleanNode(true), n.arrayNode(), n.objectNode()));
        if (path.endsWith(".timestamp")) {
            wrong.addAll(List.of(n.textNode("kemarin"), n.numberNode(-5), n.numberNode(1.5)));
        } else if (original.isNumber()) {
            wrong.addAll(List.of(n.textNode("utara"), n.numberNode(500)));
        } else if (original.isTextual()) {
            wrong.addAll(List.of(n.numberNode(7), n.numberNode(6.5)));
        } else {
            wrong.addAll(List.of(n.textNode("x"), n.numberNode(3)));
        }
        wrong.removeIf(w -> w.getNodeType() == original.getNodeType());
        return wrong.get(pick % wrong.size());
    }

    private static final Pattern STEP = Pattern.compile("\\.?([^.\\[]+)|\\[(\\d+)]");

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        var m = STEP.matcher(path);
        while (m.find()) {
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
        }
        return node;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = cut <= 0 ? root : at(root, path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (path.charAt(Math.max(cut, 0)) == '[' && cut >= 0 && path.endsWith("]")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(0, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(cut < 0 ? path : last, value);
        }
    }

    private static JsonNode problem(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        return JSON.readTree(r.body());
    }

    private long stored() {
        return jdbc.sql("select (select count(*) from inbound_message) + (select count(*) from service_case)")
                .query(Long.class)
                .single();
    }
}
