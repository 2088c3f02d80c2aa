package id.ppu.dukcapil.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    /** Christmas 2026 is a Friday, New Year's Day 2027 too. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    private static final WorkingHours HOURS =
            new WorkingHours(new OfficeCalendar(HOLIDAYS), WorkingHours.DEFAULT_OPENS, WorkingHours.DEFAULT_CLOSES);
    private static final WorkingHours NO_HOLIDAYS =
            new WorkingHours(new OfficeCalendar(Set.of()), WorkingHours.DEFAULT_OPENS, WorkingHours.DEFAULT_CLOSES);

    private static Instant wita(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Wita.ZONE).toInstant();
    }

    @Test
    void within_opening_hours_working_time_is_the_clock_time() {
        // Monday 2 November 2026.
        assertThat(HOURS.between(wita("2026-11-02T09:00"), wita("2026-11-02T10:30")))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void time_after_closing_and_before_opening_counts_for_nothing() {
        assertThat(HOURS.between(wita("2026-11-02T16:00"), wita("2026-11-03T08:30")))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(HOURS.between(wita("2026-11-02T14:30"), wita("2026-11-02T20:00")))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(HOURS.between(wita("2026-11-03T06:00"), wita("2026-11-03T07:59")))
                .isZero();
        assertThat(HOURS.between(wita("2026-11-02T15:00"), wita("2026-11-03T08:00")))
                .isZero();
    }

    @Test
    void a_weekend_counts_for_nothing() {
        // Friday 6 November 14:00 to Monday 9 November 09:00: one hour on Friday, one on Monday.
        assertThat(HOURS.between(wita("2026-11-06T14:00"), wita("2026-11-09T09:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(HOURS.between(wita("2026-11-07T09:00"), wita("2026-11-08T14:00")))
                .isZero();
    }

    @Test
    void a_public_holiday_counts_for_nothing() {
        // Thursday 24 December 14:00 to Monday 28 December 08:30, across Christmas (Friday) and the weekend.
        Instant from = wita("2026-12-24T14:00");
        Instant to = wita("2026-12-28T08:30");
        assertThat(HOURS.between(from, to)).isEqualTo(Duration.ofMinutes(90));
        assertThat(NO_HOLIDAYS.between(from, to))
                .isEqualTo(Duration.ofMinutes(90).plusHours(7));
    }

    @Test
    void across_the_turn_of_the_year_new_years_day_and_the_weekend_are_skipped() {
        // Thursday 31 December 2026 14:30 to Monday 4 January 2027 09:00.
        assertThat(HOURS.between(wita("2026-12-31T14:30"), wita("2027-01-04T09:00")))
                .isEqualTo(Duration.ofMinutes(90));
        // 08:30 WITA on 4 January is still 3 January in UTC: the office's day is WITA's.
        assertThat(HOURS.between(wita("2027-01-03T20:00"), Instant.parse("2027-01-04T00:30:00Z")))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void an_end_before_the_start_is_no_working_time() {
        assertThat(HOURS.between(wita("2026-11-02T10:00"), wita("2026-11-02T09:00")))
                .isZero();
        assertThat(HOURS.between(wita("2026-11-02T10:00"), wita("2026-11-02T10:00")))
                .isZero();
    }

    @Test
    void a_working_day_is_the_opening_hours() {
        assertThat(HOURS.workingDay()).isEqualTo(Duration.ofHours(7));
        assertThat(HOURS.between(wita("2026-11-02T10:00"), wita("2026-11-03T10:00")))
                .isEqualTo(HOURS.workingDay());
        assertThat(new WorkingHours(new OfficeCalendar(Set.of()), LocalTime.of(7, 30), LocalTime.of(16, 0))
                        .workingDay())
                .isEqualTo(Duration.ofMinutes(510));
    }

    @Test
    void the_office_must_open_before_it_closes() {
        OfficeCalendar calendar = new OfficeCalendar(Set.of());
        assertThatThrownBy(() -> new WorkingHours(calendar, LocalTime.of(15, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(calendar, LocalTime.of(8, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adding_working_time_skips_nights_weekends_and_holidays() {
        assertThat(HOURS.plus(wita("2026-11-02T09:00"), Duration.ofMinutes(90))).isEqualTo(wita("2026-11-02T10:30"));
        assertThat(HOURS.plus(wita("2026-11-06T14:00"), Duration.ofHours(2))).isEqualTo(wita("2026-11-09T09:00"));
        assertThat(HOURS.plus(wita("2026-12-31T14:30"), Duration.ofMinutes(90))).isEqualTo(wita("2027-01-04T09:00"));
        // A whole day's working time from the opening ends at the closing, not at the next opening.
        assertThat(HOURS.plus(wita("2026-11-02T08:00"), Duration.ofHours(7))).isEqualTo(wita("2026-11-02T15:00"));
    }

    @Test
    void no_working_time_from_outside_the_opening_hours_is_the_next_opening() {
        assertThat(HOURS.plus(wita("2026-11-02T20:00"), Duration.ZERO)).isEqualTo(wita("2026-11-03T08:00"));
        assertThat(HOURS.plus(wita("2026-11-02T15:00"), Duration.ZERO)).isEqualTo(wita("2026-11-03T08:00"));
        assertThat(HOURS.plus(wita("2026-12-24T19:00"), Duration.ZERO)).isEqualTo(wita("2026-12-28T08:00"));
        assertThat(HOURS.plus(wita("2026-11-02T11:00"), Duration.ZERO)).isEqualTo(wita("2026-11-02T11:00"));
        assertThatThrownBy(() -> HOURS.plus(wita("2026-11-02T11:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adding_and_measuring_working_time_agree() {
        SplittableRandom rnd = new SplittableRandom(20261231L);
        Instant base = wita("2026-12-01T00:00");
        for (int i = 0; i < 2000; i++) {
            Instant from = base.plusSeconds(rnd.nextLong(60L * 86400));
            Duration amount = Duration.ofSeconds(rnd.nextLong(30L * 3600));
            Instant to = HOURS.plus(from, amount);
            assertThat(HOURS.between(from, to)).as("%s + %s", from, amount).isEqualTo(amount);
            assertThat(to).isAfterOrEqualTo(from);
        }
    }
}
