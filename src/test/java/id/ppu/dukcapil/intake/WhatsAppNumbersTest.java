package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhatsAppNumbersTest {

    @Test
    void national_and_international_ways_of_writing_a_number_give_the_same_wa_id() {
        for (String written : new String[] {
            "081234567890",
            "+6281234567890",
            "6281234567890",
            "+62 812-3456-7890",
            "0812.3456.7890",
            "(0812) 34567890",
            "006281234567890"
        }) {
            assertThat(WhatsAppNumbers.waId(written)).as(written).contains("6281234567890");
        }
    }

    @Test
    void what_is_no_phone_number_has_no_wa_id() {
        for (String written :
                new String[] {"", "0", "0812", "ID.6281234567890", "62812345678901234", "08123456789a", "++62812"}) {
            assertThat(WhatsAppNumbers.waId(written)).as(written).isEmpty();
        }
        assertThat(WhatsAppNumbers.waId(null)).isEmpty();
    }

    @Test
    void a_masked_number_shows_its_last_three_digits() {
        assertThat(WhatsAppNumbers.masked("6281234567890")).isEqualTo("**********890");
    }
}
