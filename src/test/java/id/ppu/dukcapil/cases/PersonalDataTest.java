package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Masking for staff who may see cases but not the people behind them. */
class PersonalDataTest {

    @Test
    void a_name_keeps_the_first_letter_of_each_word_and_its_length() {
        assertThat(PersonalData.maskName("Siti Aminah")).isEqualTo("S*** A*****");
        assertThat(PersonalData.maskName("Muhammad  Rizky\tPratama")).isEqualTo("M*******  R****\tP******");
    }

    @Test
    void a_one_letter_word_stays_as_it_is_and_nothing_else_does() {
        assertThat(PersonalData.maskName("I Made Wirawan")).isEqualTo("I M*** W******");
        assertThat(PersonalData.maskName("Abdul-Rahman")).isEqualTo("A***********");
    }

    @Test
    void an_absent_or_empty_name_stays_absent_or_empty() {
        assertThat(PersonalData.maskName(null)).isNull();
        assertThat(PersonalData.maskName("")).isEmpty();
    }

    @Test
    void a_phone_shows_only_its_last_three_digits() {
        assertThat(PersonalData.maskPhone("+6281234567890")).isEqualTo("***********890");
        assertThat(PersonalData.maskPhone("6281")).isEqualTo("*281");
    }

    @Test
    void a_phone_too_short_to_mask_or_absent_is_left_alone() {
        assertThat(PersonalData.maskPhone("123")).isEqualTo("123");
        assertThat(PersonalData.maskPhone(null)).isNull();
    }
}
