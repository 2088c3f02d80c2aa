package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generated inputs for the WhatsApp intake: any text, any bytes, broken JSON and JSON of any shape. */
final class WhatsAppArbitraries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WhatsAppArbitraries() {
    }

    /** Any text: every Unicode character (NUL, controls, lone surrogates), long runs, and near misses of the simple form. */
    static Arbitrary<String> anyText() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(60)),
                Tuple.of(3, nearlyTheSimpleForm()),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(8_000).ofMaxLength(12_000)));
    }

    /** "KTP 6409... Siti" and its near misses: service names, digit runs of every length, names of any letters. */
    static Arbitrary<String> nearlyTheSimpleForm() {
        Arbitrary<String> service = Arbitraries.of("KTP", "ktp", "KK", "KIA", "akta lahir", "Akta Kematian", "e-KTP", "", "PASPOR");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> name = Arbitraries.strings().withChars("abcSITIé .,'-\n\t\u00a0").ofMaxLength(130);
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\n", "\t", "", "\u3000");
        return Combinators.combine(service, space, digits, space, name).as((a, b, c, d, e) -> a + b + c + d + e);
    }

    /** Any bytes, also invalid UTF-8. */
    static Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    /** JSON that no parser accepts: a valid delivery cut short, or followed by more than whitespace. */
    static Arbitrary<byte[]> brokenJson(String valid) {
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length() - 1)
                .map(n -> valid.substring(0, n).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> trailing = Arbitraries.strings().withChars("}]{[,:\"x1 ").ofMinLength(1).ofMaxLength(5)
                .filter(s -> !s.isBlank()).map(s -> (valid + s).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> duplicateKey = Arbitraries.just(valid.replaceFirst("\\{", "{\"object\":\"page\",")
                .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(5, truncated), Tuple.of(3, trailing), Tuple.of(1, duplicateKey));
    }

    /** JSON values of any shape, nested up to {@code depth}. */
    static Arbitrary<JsonNode> anyJson(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(NODES::textNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> array = Arbitraries.lazy(() -> anyJson(depth - 1)).list().ofMaxSize(3).map(list -> {
            ArrayNode a = NODES.arrayNode();
            list.forEach(a::add);
            return a;
        });
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(2, anyObject(depth - 1).map(o -> o)));
    }

    /** JSON objects with keys a Meta notification may or may not have, of any shape. */
    static Arbitrary<ObjectNode> anyObject(int depth) {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("object", "entry", "changes", "value", "messages", "field", "id"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return Arbitraries.maps(keys, Arbitraries.lazy(() -> anyJson(depth))).ofMaxSize(4).map(map -> {
            ObjectNode o = NODES.objectNode();
            map.forEach(o::set);
            return o;
        });
    }
}
