package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.RandomInputs.between;
import static id.ppu.dukcapil.intake.RandomInputs.pick;
import static id.ppu.dukcapil.intake.RandomInputs.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded generators of inputs for the WhatsApp intake: any text, any bytes, broken JSON and JSON
 * of any shape. The same seed gives the same inputs.
 */
final class WhatsAppGeneratedInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WhatsAppGeneratedInputs() {}

    /** Any text: every Unicode character (NUL, controls, lone surrogates), long runs, and near misses of the simple form. */
    static String anyText(Random random) {
        int kind = random.nextInt(9);
        if (kind < 3) {
            return string(random, RandomInputs.ALL, 0, 200);
        } else if (kind < 5) {
            return string(random, RandomInputs.range('\0', '\u00ff'), 0, 60);
        } else if (kind < 8) {
            return nearlyTheSimpleForm(random);
        }
        return string(random, RandomInputs.ALL, 8_000, 12_000);
    }

    /** "KTP 6409... Siti" and its near misses: service names, valid NIKs and digit runs of every length, names of any letters. */
    static String nearlyTheSimpleForm(Random random) {
        String service = pick(random, "KTP", "ktp", "KK", "KIA", "akta lahir", "Akta Kematian", "e-KTP", "", "PASPOR");
        String space = pick(random, " ", "  ", "\n", "\t", "", "\u3000");
        // The parser reads a name only after sixteen digits, and a NIK only if they are a valid one.
        String digits = switch (random.nextInt(3)) {
            case 0 ->
                IntakeTestData.nik(
                        between(random, 1, 4),
                        between(random, 1, 28),
                        between(random, 1, 12),
                        between(random, 50, 99),
                        between(random, 1, 9999));
            case 1 -> string(random, RandomInputs.NUMERIC, 16, 16);
            default -> string(random, RandomInputs.NUMERIC, 0, 20);
        };
        String space2 = pick(random, " ", "  ", "\n", "\t", "", "\u3000");
        String name = string(random, RandomInputs.of("abcSITIé .,'-\n\t\u00a0"), 0, 130);
        return service + space + digits + space2 + name;
    }

    /** Any bytes, also invalid UTF-8. */
    static byte[] anyBytes(Random random) {
        return RandomInputs.bytes(random, 300);
    }

    /** JSON that no parser accepts: a valid delivery cut short, or followed by more than whitespace. */
    static byte[] brokenJson(Random random, String valid) {
        int kind = random.nextInt(9);
        String broken;
        if (kind < 5) {
            broken = valid.substring(0, between(random, 0, valid.length() - 1));
        } else if (kind < 8) {
            broken = valid
                    + RandomInputs.until(() -> string(random, RandomInputs.of("}]{[,:\"x1 "), 1, 5), s -> !s.isBlank());
        } else {
            broken = valid.replaceFirst("\\{", "{\"object\":\"page\",");
        }
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON value of any shape, nested up to {@code depth}. */
    static JsonNode anyJson(Random random, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(6);
        if (kind < 3) {
            return switch (random.nextInt(5)) {
                case 0 -> NODES.textNode(string(random, RandomInputs.ANY, 0, 20));
                case 1 -> NODES.numberNode(between(random, Integer.MIN_VALUE, Integer.MAX_VALUE));
                case 2 -> NODES.numberNode(RandomInputs.anyDouble(random));
                case 3 -> NODES.booleanNode(random.nextBoolean());
                default -> NODES.nullNode();
            };
        } else if (kind == 3) {
            ArrayNode array = NODES.arrayNode();
            for (int i = between(random, 0, 3); i > 0; i--) {
                array.add(anyJson(random, depth - 1));
            }
            return array;
        }
        return anyObject(random, depth - 1);
    }

    /** A JSON object with keys a Meta notification may or may not have, of any shape. */
    static ObjectNode anyObject(Random random, int depth) {
        ObjectNode o = NODES.objectNode();
        for (int i = between(random, 0, 4); i > 0; i--) {
            String key = random.nextBoolean()
                    ? pick(random, "object", "entry", "changes", "value", "messages", "field", "id")
                    : string(random, RandomInputs.ALPHA, 1, 8);
            o.set(key, anyJson(random, depth));
        }
        return o;
    }
}
