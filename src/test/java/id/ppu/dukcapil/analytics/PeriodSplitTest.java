package id.ppu.dukcapil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodSplitTest {

    @Test
    void all_since_2019_reads_whole_years_then_whole_months() {
        PeriodSplit s = PeriodSplit.of(new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 11, 30)));
        assertThat(s.yearsFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(s.yearsTo()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.monthsFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(s.monthsTo()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(s.hasLeftoverDays()).isFalse();
    }

    @Test
    void twelve_months_across_new_year_have_no_whole_year() {
        PeriodSplit s = PeriodSplit.of(new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)));
        assertThat(s.hasWholeYears()).isFalse();
        assertThat(s.monthsFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(s.monthsTo()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void a_range_cutting_months_keeps_its_leftover_days_at_both_ends() {
        PeriodSplit s = PeriodSplit.of(new Period(LocalDate.of(2018, 1, 11), LocalDate.of(2018, 3, 5)));
        assertThat(s.hasWholeYears()).isFalse();
        assertThat(s.monthsFrom()).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(s.monthsTo()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(s.headFrom()).isEqualTo(LocalDate.of(2018, 1, 11));
        assertThat(s.headTo()).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(s.tailFrom()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(s.tailTo()).isEqualTo(LocalDate.of(2018, 3, 6));
    }

    @Test
    void a_range_inside_one_month_is_all_leftover_days() {
        PeriodSplit s = PeriodSplit.of(new Period(LocalDate.of(2018, 1, 15), LocalDate.of(2018, 1, 20)));
        assertThat(s.monthsFrom()).isEqualTo(s.monthsTo());
        assertThat(s.headFrom()).isEqualTo(LocalDate.of(2018, 1, 15));
        assertThat(s.headTo()).isEqualTo(LocalDate.of(2018, 1, 21));
        assertThat(s.hasWholeYears()).isFalse();
    }

    @Test
    void one_calendar_year_is_one_whole_year() {
        PeriodSplit s = PeriodSplit.of(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(s.yearsFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(s.yearsTo()).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
