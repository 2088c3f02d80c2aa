package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "ab", " ab ", "12"})
    void free_text_shorter_than_three_characters_is_dropped_and_called_too_short(String text) {
        assertThat(CaseFilter.all().withText(text).text()).isNull();
        assertThat(CaseFilter.isTooShort(text)).isTrue();
    }

    @Test
    void three_characters_are_searched_stripped() {
        assertThat(CaseFilter.all().withText("  sit ").text()).isEqualTo("sit");
        assertThat(CaseFilter.isTooShort("sit")).isFalse();
        assertThat(CaseFilter.MIN_TEXT_LENGTH).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blank_text_is_no_search_rather_than_too_short(String text) {
        assertThat(CaseFilter.all().withText(text).text()).isNull();
        assertThat(CaseFilter.isTooShort(text)).isFalse();
        assertThat(CaseFilter.isTooShort(null)).isFalse();
    }

    @Test
    void a_case_number_or_its_start_is_told_from_a_name_or_a_nik() {
        assertThat(CaseFilter.isCaseNumber("PPU-2025-0001234")).isTrue();
        assertThat(CaseFilter.isCaseNumber("ppu-2025")).isTrue();
        assertThat(CaseFilter.isCaseNumber("Siti Aminah")).isFalse();
        assertThat(CaseFilter.isCaseNumber("6409014501900003")).isFalse();
    }
}
