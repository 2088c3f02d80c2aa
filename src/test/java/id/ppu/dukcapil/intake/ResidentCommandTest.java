package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"BERHENTI", "berhenti", "  Berhenti \n"})
    void berhenti_in_any_case_and_spacing_is_an_opt_out(String text) {
        assertThat(ResidentCommand.parse(text)).containsInstanceOf(ResidentCommand.OptOut.class);
    }

    @Test
    void mulai_is_an_opt_in() {
        assertThat(ResidentCommand.parse(" mulai ")).containsInstanceOf(ResidentCommand.OptIn.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "STATUS PPU-2026-0012345",
                "status   ppu-2026-0012345 ",
                "Cek PPU-2026-0012345",
                "cek ppu 2026 0012345",
                "STATUS PPU - 2026 - 0012345"
            })
    void status_or_cek_with_a_case_number_asks_for_that_case(String text) {
        assertThat(ResidentCommand.parse(text)).contains(new ResidentCommand.OneRequest("PPU-2026-0012345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"STATUS", " status ", "cek"})
    void status_alone_asks_for_the_senders_open_requests(String text) {
        assertThat(ResidentCommand.parse(text)).containsInstanceOf(ResidentCommand.OpenRequests.class);
    }

    @Test
    void syarat_with_any_service_name_intake_understands_asks_for_its_requirements() {
        assertThat(ResidentCommand.parse("SYARAT KTP")).contains(new ResidentCommand.Requirements(ServiceType.KTP));
        assertThat(ResidentCommand.parse("syarat  akta kelahiran"))
                .contains(new ResidentCommand.Requirements(ServiceType.BIRTH_CERT));
        assertThat(ResidentCommand.parse("Syarat kartu keluarga"))
                .contains(new ResidentCommand.Requirements(ServiceType.KK));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Syaratnya apa saja?",
                "SYARAT",
                "SYARAT PASPOR",
                "status permohonan saya bagaimana?",
                "berhenti kerja",
                "KTP 6409044101800001 Siti Aminah",
                "STATUS XYZ-2026-1",
                "Halo"
            })
    void other_text_is_a_question_for_the_clerks(String text) {
        assertThat(ResidentCommand.parse(text)).isEmpty();
    }
}
