package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void woman_born_in_1990_is_read_from_day_plus_forty() {
        Nik nik = Nik.parse("6409014501900003", TODAY);
        assertThat(nik.sex()).isEqualTo(Nik.Sex.FEMALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1990, 1, 5));
        assertThat(nik.regionCode()).isEqualTo("64.09.01");
        assertThat(nik.ageOn(TODAY)).isEqualTo(36);
    }

    @Test
    void man_born_in_2012_gets_the_current_century() {
        Nik nik = Nik.parse("6409041703120001", TODAY);
        assertThat(nik.sex()).isEqualTo(Nik.Sex.MALE);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(2012, 3, 17));
    }

    @Test
    void a_two_digit_year_after_today_belongs_to_the_last_century() {
        assertThat(Nik.parse("6409011512270001", TODAY).birthDate()).isEqualTo(LocalDate.of(1927, 12, 15));
        // 30/11/26 is two days after today: it must be 1926, not a future birth
        assertThat(Nik.parse("6409013011260001", TODAY).birthDate()).isEqualTo(LocalDate.of(1926, 11, 30));
    }

    @Test
    void nik_registered_outside_ppu_is_accepted_because_people_move_in() {
        assertThat(Nik.parse("6471052304850012", TODAY).regionCode()).isEqualTo("64.71.05");
    }

    @ParameterizedTest(name = "{0} is rejected with {1}")
    @CsvSource({
        "640901450190000, nik.error.format",
        "64090145019000031, nik.error.format",
        "64O9014501900003, nik.error.format",
        "'', nik.error.format",
        "6.40901E+15, nik.error.scientific",
        "6.40901450190000E15, nik.error.scientific",
        "0409014501900003, nik.error.province",
        "6400014501900003, nik.error.region",
        "6409004501900003, nik.error.region",
        "6409013202900003, nik.error.birthdate",
        "6409017202900003, nik.error.birthdate",
        "6409010013900003, nik.error.birthdate",
        "6409013002900003, nik.error.birthdate",
        "6409014501900000, nik.error.serial"
    })
    void structurally_wrong_nik_is_rejected_with_a_precise_reason(String raw, String reason) {
        assertThatThrownBy(() -> Nik.parse(raw, TODAY))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .hasMessage(reason);
    }

    @Test
    void leap_day_is_a_valid_birth_date_only_in_leap_years() {
        assertThat(Nik.parse("6409012902000001", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThatThrownBy(() -> Nik.parse("6409012902010001", TODAY)).hasMessage("nik.error.birthdate");
    }

    @Test
    void null_is_rejected_as_wrong_format() {
        assertThatThrownBy(() -> Nik.parse(null, TODAY)).hasMessage("nik.error.format");
    }

    @Test
    void mask_keeps_first_six_and_last_two_digits() {
        assertThat(Nik.mask("6409014501900003")).isEqualTo("640901********03");
        assertThat(Nik.mask(null)).isNull();
    }

    @Test
    void the_description_of_a_nik_is_its_holders_sex_birth_date_and_age_today() {
        Nik.Description d = Nik.parse("6409014501900003", TODAY).describe(TODAY);

        assertThat(d).isEqualTo(new Nik.Description(Nik.Sex.FEMALE, LocalDate.of(1990, 1, 5), 36));
        assertThat(d.messageKey()).isEqualTo("form.nik.derived");
        assertThat(d.sex().messageKey()).isEqualTo("sex.FEMALE");
        assertThat(Nik.Sex.MALE.messageKey()).isEqualTo("sex.MALE");
    }

    @Test
    void the_age_in_a_description_turns_on_the_birthday() {
        assertThat(Nik.describe("6409012811090001", TODAY))
                .hasValueSatisfying(d -> assertThat(d.age()).isEqualTo(17));
        assertThat(Nik.describe("6409012911090001", TODAY))
                .hasValueSatisfying(d -> assertThat(d.age()).isEqualTo(16));
    }

    @Test
    void a_text_that_is_no_valid_nik_has_no_description() {
        assertThat(Nik.describe("6409014501900000", TODAY)).isEmpty();
        assertThat(Nik.describe(null, TODAY)).isEmpty();
    }
}
