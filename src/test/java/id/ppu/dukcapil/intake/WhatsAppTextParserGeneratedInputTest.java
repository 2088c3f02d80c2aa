package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.RandomInputs.shown;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.Nik;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The WhatsApp text parser on generated texts and bytes (seeded): a parse or nothing, never an
 * exception. One dynamic test per input, named by its kind and index.
 */
class WhatsAppTextParserGeneratedInputTest {

    private static final long SEED = 6409_2030L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TestFactory
    Stream<DynamicTest> any_text_is_parsed_into_a_request_or_nothing_and_what_it_finds_is_valid() {
        Random random = new Random(SEED);
        return IntStream.range(0, 1000).mapToObj(i -> {
            String text = WhatsAppGeneratedInputs.anyText(random);
            return DynamicTest.dynamicTest("text #" + i, RandomInputs.showing(() -> shown(text), () -> {
                WhatsAppTextParser.Parsed parsed = WhatsAppTextParser.parse(text, TODAY);

                assertThat(parsed).isNotNull();
                if (parsed.nik() != null) {
                    assertThat(Nik.parse(parsed.nik(), TODAY).value()).isEqualTo(parsed.nik());
                }
                if (parsed.applicantName() != null) {
                    assertThat(parsed.applicantName().length()).isBetween(1, 120);
                }
                assertThat(WhatsAppTextParser.nikMentioned(text, TODAY)).isNotNull();
            }));
        });
    }

    @TestFactory
    Stream<DynamicTest> any_bytes_read_as_text_are_parsed_into_a_request_or_nothing() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, 500).mapToObj(i -> {
            byte[] bytes = WhatsAppGeneratedInputs.anyBytes(random);
            return DynamicTest.dynamicTest("bytes #" + i, RandomInputs.showing(() -> shown(bytes), () -> {
                for (String text : new String[] {
                    new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1)
                }) {
                    assertThat(WhatsAppTextParser.parse(text, TODAY)).isNotNull();
                    assertThat(WhatsAppTextParser.nikMentioned(text, TODAY)).isNotNull();
                }
            }));
        });
    }

    @TestFactory
    Stream<DynamicTest> any_message_is_storable_within_every_column_limit() {
        Random random = new Random(SEED + 2);
        return IntStream.range(0, 300).mapToObj(i -> {
            String text = WhatsAppGeneratedInputs.anyText(random);
            String sender = WhatsAppGeneratedInputs.anyText(random);
            return DynamicTest.dynamicTest(
                    "text and sender #" + i, RandomInputs.showing(() -> shown(text) + " from " + shown(sender), () -> {
                        InboundText m = new InboundText(
                                        "wamid." + text,
                                        sender,
                                        text,
                                        Instant.EPOCH,
                                        text,
                                        text,
                                        text,
                                        text,
                                        text,
                                        text,
                                        null,
                                        null,
                                        null)
                                .storable();

                        assertThat(m.messageId().length()).isBetween(1, InboundText.MAX_MESSAGE_ID);
                        assertThat(m.from().length()).isBetween(1, InboundText.MAX_SENDER);
                        assertThat(m.body() == null ? 0 : m.body().length()).isLessThanOrEqualTo(8000);
                        assertThat(m.detail() == null ? 0 : m.detail().length()).isLessThanOrEqualTo(2000);
                        assertThat(String.join(
                                        "",
                                        m.messageId(),
                                        m.from(),
                                        String.valueOf(m.body()),
                                        String.valueOf(m.profileName())))
                                .doesNotContain("\0");
                        assertThat(m.problem() == null ? 0 : m.problem().length())
                                .isLessThanOrEqualTo(500);
                    }));
        });
    }
}
