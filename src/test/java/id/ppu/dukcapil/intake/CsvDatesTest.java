package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvDatesTest {

    @Test
    void indonesian_dates_and_times_are_wita() {
        assertThat(CsvDates.parse("05/03/2024")).contains(Instant.parse("2024-03-04T16:00:00Z"));
        assertThat(CsvDates.parse("5/3/2024 09:15")).contains(Instant.parse("2024-03-05T01:15:00Z"));
        assertThat(CsvDates.parse("05/03/2024 09.15")).contains(Instant.parse("2024-03-05T01:15:00Z"));
        assertThat(CsvDates.parse("05/03/2024 09:15:30")).contains(Instant.parse("2024-03-05T01:15:30Z"));
    }

    @Test
    void iso_dates_with_and_without_offset_are_understood() {
        assertThat(CsvDates.parse("2024-03-05")).contains(Instant.parse("2024-03-04T16:00:00Z"));
        assertThat(CsvDates.parse("2024-03-05T09:15")).contains(Instant.parse("2024-03-05T01:15:00Z"));
        assertThat(CsvDates.parse("2024-03-05 09:15:00")).contains(Instant.parse("2024-03-05T01:15:00Z"));
        assertThat(CsvDates.parse("2024-03-05T09:15:00+07:00")).contains(Instant.parse("2024-03-05T02:15:00Z"));
        assertThat(CsvDates.parse("2024-03-05T01:15:00Z")).contains(Instant.parse("2024-03-05T01:15:00Z"));
    }

    @Test
    void impossible_or_foreign_dates_are_refused() {
        assertThat(CsvDates.parse("31/02/2024")).isEmpty();
        assertThat(CsvDates.parse("03-05-2024")).isEmpty();
        assertThat(CsvDates.parse("kemarin")).isEmpty();
        assertThat(CsvDates.parse("45356")).isEmpty();
    }
}
