package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KkNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void kk_number_yields_region_and_issue_date() {
        KkNumber kk = KkNumber.parse("6409032010150007", TODAY);
        assertThat(kk.regionCode()).isEqualTo("64.09.03");
        assertThat(kk.issuedOn()).isEqualTo(LocalDate.of(2015, 10, 20));
    }

    @ParameterizedTest(name = "{0} is rejected with {1}")
    @CsvSource({
        "640903201015000, kk.error.format",
        "64090320101500AB, kk.error.format",
        "0509032010150007, kk.error.region",
        "6400032010150007, kk.error.region",
        "6409033113150007, kk.error.date",
        "6409032010150000, kk.error.serial"
    })
    void structurally_wrong_kk_number_is_rejected(String raw, String reason) {
        assertThatThrownBy(() -> KkNumber.parse(raw, TODAY))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .hasMessage(reason);
    }
}
