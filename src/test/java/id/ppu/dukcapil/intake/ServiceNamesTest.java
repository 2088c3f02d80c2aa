package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.ServiceType;
import org.junit.jupiter.api.Test;

class ServiceNamesTest {

    @Test
    void code_names_and_indonesian_names_denote_the_same_service() {
        assertThat(ServiceNames.parse("KTP")).contains(ServiceType.KTP);
        assertThat(ServiceNames.parse("e-ktp")).contains(ServiceType.KTP);
        assertThat(ServiceNames.parse("Kartu  Keluarga")).contains(ServiceType.KK);
        assertThat(ServiceNames.parse("kia")).contains(ServiceType.KIA);
        assertThat(ServiceNames.parse("BIRTH_CERT")).contains(ServiceType.BIRTH_CERT);
        assertThat(ServiceNames.parse("akta lahir")).contains(ServiceType.BIRTH_CERT);
        assertThat(ServiceNames.parse("AKTA KELAHIRAN")).contains(ServiceType.BIRTH_CERT);
        assertThat(ServiceNames.parse("Akta Nikah")).contains(ServiceType.MARRIAGE_CERT);
        assertThat(ServiceNames.parse("AKTA PERKAWINAN")).contains(ServiceType.MARRIAGE_CERT);
        assertThat(ServiceNames.parse("akta cerai")).contains(ServiceType.DIVORCE_CERT);
        assertThat(ServiceNames.parse("AKTA PERCERAIAN")).contains(ServiceType.DIVORCE_CERT);
        assertThat(ServiceNames.parse("akta kematian")).contains(ServiceType.DEATH_CERT);
        assertThat(ServiceNames.parse("AKTA MATI")).contains(ServiceType.DEATH_CERT);
    }

    @Test
    void unknown_names_denote_nothing() {
        assertThat(ServiceNames.parse("PASPOR")).isEmpty();
        assertThat(ServiceNames.parse("AKTA")).isEmpty();
    }

    @Test
    void the_longest_name_at_the_start_of_a_text_wins() {
        assertThat(ServiceNames.prefix("akta kelahiran 6409011203150004 Bagus"))
                .get()
                .extracting(ServiceNames.Prefix::service, ServiceNames.Prefix::rest)
                .containsExactly(ServiceType.BIRTH_CERT, "6409011203150004 BAGUS");
        assertThat(ServiceNames.prefix("KTPX 123")).isEmpty();
    }
}
