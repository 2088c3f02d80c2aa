package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void kia_for_an_adult_is_warned() {
        assertThat(AgeRules.warnings(ServiceType.KIA, Nik.parse("6409014501900003", TODAY), TODAY))
                .containsExactly("warning.kia.adult");
    }

    @Test
    void ktp_for_a_fourteen_year_old_is_warned() {
        assertThat(AgeRules.warnings(ServiceType.KTP, Nik.parse("6409041703120001", TODAY), TODAY))
                .containsExactly("warning.ktp.minor");
    }

    @Test
    void ktp_on_the_seventeenth_birthday_is_fine() {
        assertThat(AgeRules.warnings(ServiceType.KTP, Nik.parse("6409012811090001", TODAY), TODAY))
                .isEmpty();
        assertThat(AgeRules.warnings(ServiceType.KIA, Nik.parse("6409012911090001", TODAY), TODAY))
                .isEmpty();
    }
}
