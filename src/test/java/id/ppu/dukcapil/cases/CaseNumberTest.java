package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @Test
    void a_number_is_the_prefix_the_year_and_the_sequence_padded_to_seven_digits() {
        assertThat(new CaseNumber(2024, 1234).format()).isEqualTo("PPU-2024-0001234");
        assertThat(new CaseNumber(2019, 1)).hasToString("PPU-2019-0000001");
    }

    @Test
    void a_sequence_beyond_seven_digits_takes_more_digits() {
        assertThat(new CaseNumber(2031, 12_345_678).format()).isEqualTo("PPU-2031-12345678");
    }

    @Test
    void the_year_is_the_wita_year_of_submission() {
        // 31 December 2024, 16:30 UTC is already 1 January 2025, 00:30 in WITA.
        assertThat(CaseNumber.of(Instant.parse("2024-12-31T16:30:00Z"), 7).format())
                .isEqualTo("PPU-2025-0000007");
        assertThat(CaseNumber.of(Instant.parse("2024-12-31T15:59:59Z"), 7).format())
                .isEqualTo("PPU-2024-0000007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PPU-2024-0001234", "PPU-2019-0000001", "PPU-2031-12345678"})
    void a_formatted_number_parses_back_to_itself(String text) {
        assertThat(CaseNumber.parse(text))
                .hasValueSatisfying(n -> assertThat(n.format()).isEqualTo(text));
        assertThat(CaseNumber.isValid(text)).isTrue();
    }

    @Test
    void parsing_reads_the_year_and_the_sequence() {
        assertThat(CaseNumber.parse("PPU-2024-0001234")).contains(new CaseNumber(2024, 1234));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "PPU",
                "PPU-2024",
                "PPU-2024-",
                "PPU-2024-123456",
                "ppu-2024-0001234",
                "PPU-24-0001234",
                "PPU-2024-00012345",
                "PPU-2024-0000000",
                "PPU-0000-0000001",
                "XYZ-2024-0001234",
                " PPU-2024-0001234",
                "PPU-2024-0001234 ",
                "PPU-2024-000123a",
                "PPU-2024-0001234-1",
                "PPU-2024-99999999999999999999"
            })
    void anything_else_is_no_case_number(String text) {
        assertThat(CaseNumber.parse(text)).isEmpty();
        assertThat(CaseNumber.isValid(text)).isFalse();
    }

    @Test
    void null_is_no_case_number() {
        assertThat(CaseNumber.parse(null)).isEmpty();
        assertThat(CaseNumber.isStart(null)).isFalse();
        assertThat(CaseNumber.hasShape(null)).isFalse();
    }

    @Test
    void a_number_needs_a_four_digit_year_and_a_positive_sequence() {
        assertThatThrownBy(() -> new CaseNumber(999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(10_000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(2024, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PPU-", "ppu-2024", "ppu-2024-00", "PPU-2024-0001234", " PPU-2024 "})
    void the_start_of_one_of_this_regencys_numbers_in_any_case_is_a_start(String text) {
        assertThat(CaseNumber.isStart(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PPU", "PPU 2024", "BPP-2024", "2024-0001234", "ppu-2024-0001234 6409"})
    void other_text_is_no_start(String text) {
        assertThat(CaseNumber.isStart(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PPU-2024-0001234", "ppu-2024", "BPP-2024-0000001", "VIEW-000123"})
    void any_regencys_prefix_a_dash_and_digits_have_the_shape_of_a_number(String text) {
        assertThat(CaseNumber.hasShape(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"PPU-", "siti", "6409014501900003", "al-fatih", "PPU-2024-0000001 64090145", "+6281234567890"})
    void names_niks_and_phone_numbers_do_not(String text) {
        assertThat(CaseNumber.hasShape(text)).isFalse();
    }
}
