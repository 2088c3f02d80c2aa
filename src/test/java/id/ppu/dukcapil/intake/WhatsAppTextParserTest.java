package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WhatsAppTextParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void the_simple_form_gives_service_nik_and_name() {
        WhatsAppTextParser.Parsed p = WhatsAppTextParser.parse("KTP 6409014501900003 Siti Aminah", TODAY);

        assertThat(p.complete()).isTrue();
        assertThat(p).isEqualTo(new WhatsAppTextParser.Parsed(ServiceType.KTP, "6409014501900003", "Siti Aminah"));
    }

    @Test
    void the_form_is_case_insensitive_and_accepts_indonesian_service_names() {
        assertThat(WhatsAppTextParser.parse("  akta lahir   6409011203150004   bagus  santoso ", TODAY))
                .isEqualTo(new WhatsAppTextParser.Parsed(ServiceType.BIRTH_CERT, "6409011203150004", "Bagus Santoso"));
        assertThat(WhatsAppTextParser.parse("Akta Kematian 6409011203500004 H. Abdul Muis", TODAY))
                .isEqualTo(new WhatsAppTextParser.Parsed(ServiceType.DEATH_CERT, "6409011203500004", "H. Abdul Muis"));
    }

    @Test
    void other_messages_keep_what_can_be_read() {
        assertThat(WhatsAppTextParser.parse("Selamat pagi, bagaimana cara buat KTP?", TODAY)
                        .complete())
                .isFalse();
        assertThat(WhatsAppTextParser.parse("KK hilang, mohon dibantu", TODAY))
                .isEqualTo(new WhatsAppTextParser.Parsed(ServiceType.KK, null, null));
        assertThat(WhatsAppTextParser.parse("KTP 6409014501900003", TODAY))
                .isEqualTo(new WhatsAppTextParser.Parsed(ServiceType.KTP, "6409014501900003", null));
    }

    @Test
    void an_invalid_nik_is_not_taken() {
        WhatsAppTextParser.Parsed p = WhatsAppTextParser.parse("KTP 6409019999900003 Siti Aminah", TODAY);

        assertThat(p.nik()).isNull();
        assertThat(p.complete()).isFalse();
    }

    @Test
    void a_nik_written_anywhere_in_a_message_is_found() {
        assertThat(WhatsAppTextParser.nikMentioned("NIK saya 6409019999900003, eh salah: 6409014501900003.", TODAY))
                .contains("6409014501900003");
        assertThat(WhatsAppTextParser.nikMentioned("nomor 64090145019000031", TODAY))
                .isEmpty();
        assertThat(WhatsAppTextParser.nikMentioned(null, TODAY)).isEmpty();
    }
}
