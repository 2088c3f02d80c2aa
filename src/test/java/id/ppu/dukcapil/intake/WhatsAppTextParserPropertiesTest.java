package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.Nik;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The WhatsApp text parser on generated texts and bytes: a parse or nothing, never an exception. */
class WhatsAppTextParserPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Property(tries = 1000)
    void any_text_is_parsed_into_a_request_or_nothing_and_what_it_finds_is_valid(@ForAll("texts") String text) {
        WhatsAppTextParser.Parsed parsed = WhatsAppTextParser.parse(text, TODAY);

        assertThat(parsed).isNotNull();
        if (parsed.nik() != null) {
            assertThat(Nik.parse(parsed.nik(), TODAY).value()).isEqualTo(parsed.nik());
        }
        if (parsed.applicantName() != null) {
            assertThat(parsed.applicantName().length()).isBetween(1, 120);
        }
        assertThat(WhatsAppTextParser.nikMentioned(text, TODAY)).isNotNull();
    }

    @Property(tries = 500)
    void any_bytes_read_as_text_are_parsed_into_a_request_or_nothing(@ForAll("bytes") byte[] bytes) {
        for (String text : new String[] {new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1)}) {
            assertThat(WhatsAppTextParser.parse(text, TODAY)).isNotNull();
            assertThat(WhatsAppTextParser.nikMentioned(text, TODAY)).isNotNull();
        }
    }

    @Property(tries = 300)
    void any_message_is_storable_within_every_column_limit(@ForAll("texts") String text, @ForAll("texts") String sender) {
        InboundText m = new InboundText("wamid." + text, sender, text, java.time.Instant.EPOCH, text, text, text, text, text, text,
                null, null, null).storable();

        assertThat(m.messageId().length()).isBetween(1, InboundText.MAX_MESSAGE_ID);
        assertThat(m.from().length()).isBetween(1, InboundText.MAX_SENDER);
        assertThat(m.body() == null ? 0 : m.body().length()).isLessThanOrEqualTo(8000);
        assertThat(m.detail() == null ? 0 : m.detail().length()).isLessThanOrEqualTo(2000);
        assertThat(String.join("", m.messageId(), m.from(), String.valueOf(m.body()), String.valueOf(m.profileName())))
                .doesNotContain("\0");
        assertThat(m.problem() == null ? 0 : m.problem().length()).isLessThanOrEqualTo(500);
    }

    @Provide
    Arbitrary<String> texts() {
        return WhatsAppArbitraries.anyText();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return WhatsAppArbitraries.anyBytes();
    }
}
