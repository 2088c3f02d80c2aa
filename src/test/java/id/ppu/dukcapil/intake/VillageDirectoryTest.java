package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.region.VillageInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a channel wrote for a village, resolved against a small hand-made region list. */
class VillageDirectoryTest {

    private static final VillageDirectory DIRECTORY = new VillageDirectory(List.of(
            village("64.09.01.1009", "Nipah-Nipah", "64.09.01"),
            village("64.09.04.2001", "Sepaku", "64.09.04"),
            // Two villages of one name in different districts: only their codes tell them apart.
            village("64.09.02.2003", "Sumber Sari", "64.09.02"),
            village("64.09.03.2007", "Sumber Sari", "64.09.03")));

    @Test
    void a_known_code_is_the_village() {
        assertThat(DIRECTORY.resolve("64.09.01.1009")).isEqualTo(VillageDirectory.Resolution.of("64.09.01.1009"));
        assertThat(DIRECTORY.resolve("  64.09.04.2001 ").code()).isEqualTo("64.09.04.2001");
    }

    @Test
    void a_well_formed_code_of_no_village_is_unknown_and_not_read_as_a_name() {
        assertThat(DIRECTORY.resolve("64.09.01.9999"))
                .isEqualTo(VillageDirectory.Resolution.problem("validation.village.unknown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nipah-Nipah", "nipah nipah", "NIPAH_NIPAH", "NipahNipah", " nipah-nipah "})
    void a_name_is_compared_by_its_letters_and_digits_only(String written) {
        assertThat(DIRECTORY.resolve(written).code()).isEqualTo("64.09.01.1009");
    }

    @Test
    void a_name_two_villages_share_asks_for_the_code() {
        VillageDirectory.Resolution r = DIRECTORY.resolve("sumber sari");

        assertThat(r.code()).isNull();
        assertThat(r.problemKey()).isEqualTo("intake.error.village.ambiguous");
        assertThat(DIRECTORY.resolve("64.09.03.2007").code()).isEqualTo("64.09.03.2007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nipah", "Balikpapan", "64.09.01", "6409011009"})
    void a_name_of_no_village_or_a_malformed_code_is_unknown(String written) {
        assertThat(DIRECTORY.resolve(written))
                .isEqualTo(VillageDirectory.Resolution.problem("validation.village.unknown"));
    }

    @Test
    void only_codes_of_the_list_are_known() {
        assertThat(DIRECTORY.isKnown("64.09.04.2001")).isTrue();
        assertThat(DIRECTORY.isKnown("64.09.04.2002")).isFalse();
        assertThat(DIRECTORY.isKnown("Sepaku")).as("a name is no code").isFalse();
    }

    private static VillageInfo village(String code, String name, String district) {
        return new VillageInfo(code, name, "DESA", district, 1000, false, 10.0, false, null);
    }
}
