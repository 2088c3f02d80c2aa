package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Channel and status names as imported files write them. */
class ChannelNamesTest {

    @ParameterizedTest
    @EnumSource(Channel.class)
    void every_channel_is_read_by_its_code_name_in_any_case(Channel channel) {
        assertThat(ChannelNames.channel(channel.name())).contains(channel);
        assertThat(ChannelNames.channel(channel.name().toLowerCase())).contains(channel);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Portal Web, WEB",
        "website, WEB",
        "GOPPU, APP",
        "aplikasi goppu, APP",
        "WA, WHATSAPP",
        "Kantor, OFFICE",
        "loket, OFFICE",
        "walk-in, OFFICE",
        "Jemput Bola, OUTREACH",
        "jemput_bola, OUTREACH",
        "DUKCAPIL  MOBILE, OUTREACH"
    })
    void the_office_words_for_a_channel_are_read_with_hyphens_underscores_and_spaces_alike(
            String written, Channel channel) {
        assertThat(ChannelNames.channel(written)).contains(channel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EMAIL", "telepon", "WEBAPP"})
    void an_unknown_channel_is_none(String written) {
        assertThat(ChannelNames.channel(written)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void every_status_is_read_by_its_code_name_with_or_without_underscores(CaseStatus status) {
        assertThat(ChannelNames.status(status.name())).contains(status);
        assertThat(ChannelNames.status(status.name().replace('_', ' ').toLowerCase()))
                .contains(status);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Diajukan, SUBMITTED", "baru, SUBMITTED", "TERVERIFIKASI, VERIFIED", "perlu perbaikan, NEEDS_CORRECTION",
        "Menunggu Kehadiran, WAITING_IN_PERSON", "diproses, IN_PROCESS", "proses, IN_PROCESS", "Siap Diambil, READY",
        "siap, READY", "Selesai, COMPLETED", "DITOLAK, REJECTED"
    })
    void the_office_words_for_a_status_are_read(String written, CaseStatus status) {
        assertThat(ChannelNames.status(written)).contains(status);
    }

    @Test
    void an_unknown_status_is_none() {
        assertThat(ChannelNames.status("BATAL")).isEmpty();
        assertThat(ChannelNames.status("")).isEmpty();
    }
}
