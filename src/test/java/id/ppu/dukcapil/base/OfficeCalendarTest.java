package id.ppu.dukcapil.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.base.OfficeCalendar.Pause;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

    private static final OfficeCalendar NO_HOLIDAYS = new OfficeCalendar(Set.of());

    private static Instant wita(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Wita.ZONE).toInstant();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekends_and_holidays_are_not_working_days() {
        OfficeCalendar calendar = new OfficeCalendar(Set.of(day("2026-12-25")));
        assertThat(calendar.isWorkingDay(day("2026-12-24"))).isTrue(); // Thursday
        assertThat(calendar.isWorkingDay(day("2026-12-25"))).isFalse(); // Christmas, a Friday
        assertThat(calendar.isWorkingDay(day("2026-12-26"))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(day("2026-12-27"))).isFalse(); // Sunday
    }

    @Test
    void five_working_days_from_a_monday_end_on_the_next_monday() {
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-02T10:00"), 5, List.of(), day("2026-11-02")))
                .isEqualTo(day("2026-11-09"));
    }

    @Test
    void a_request_sent_on_friday_evening_or_saturday_counts_from_monday() {
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-06T21:30"), 1, List.of(), day("2026-11-06")))
                .isEqualTo(day("2026-11-09"));
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-07T09:00"), 1, List.of(), day("2026-11-07")))
                .isEqualTo(day("2026-11-09"));
    }

    @Test
    void the_day_is_the_wita_day_not_the_utc_day() {
        // 2026-11-06T17:30Z is Saturday 01:30 WITA: the count starts from Saturday, so day one is Monday.
        assertThat(NO_HOLIDAYS.dueDate(Instant.parse("2026-11-06T17:30:00Z"), 1, List.of(), day("2026-11-07")))
                .isEqualTo(day("2026-11-09"));
    }

    @Test
    void the_turn_of_the_year_skips_new_years_day() {
        OfficeCalendar calendar = new OfficeCalendar(Set.of(day("2027-01-01")));
        // Wed 30 Dec: Thu 31 (1), Fri 1 Jan is a holiday, Mon 4 (2), Tue 5 (3).
        assertThat(calendar.dueDate(wita("2026-12-30T08:00"), 3, List.of(), day("2026-12-30")))
                .isEqualTo(day("2027-01-05"));
        assertThat(calendar.plusWorkingDays(day("2026-12-31"), 1)).isEqualTo(day("2027-01-04"));
    }

    @Test
    void a_long_holiday_moves_the_due_date_past_it() {
        // Nyepi, Idul Fitri and the joint leave days: seven working days off in a row.
        OfficeCalendar calendar = new OfficeCalendar(Set.of(
                day("2026-03-16"),
                day("2026-03-17"),
                day("2026-03-18"),
                day("2026-03-19"),
                day("2026-03-20"),
                day("2026-03-23"),
                day("2026-03-24")));
        assertThat(calendar.dueDate(wita("2026-03-13T11:00"), 3, List.of(), day("2026-03-13")))
                .isEqualTo(day("2026-03-27"));
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-03-13T11:00"), 3, List.of(), day("2026-03-13")))
                .isEqualTo(day("2026-03-18"));
    }

    @Test
    void each_working_day_that_begins_while_the_case_waits_moves_the_due_date_by_one() {
        // Waiting from Tuesday 14:00 to Thursday 09:00: Wednesday and Thursday began while it waited.
        Pause pause = new Pause(wita("2026-11-03T14:00"), wita("2026-11-05T09:00"));
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-02T10:00"), 5, List.of(pause), day("2026-11-06")))
                .isEqualTo(day("2026-11-11"));
    }

    @Test
    void a_pause_within_one_day_or_over_a_weekend_changes_nothing() {
        Pause sameDay = new Pause(wita("2026-11-03T09:00"), wita("2026-11-03T15:00"));
        Pause weekend = new Pause(wita("2026-11-06T16:00"), wita("2026-11-08T20:00"));
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-02T10:00"), 5, List.of(sameDay, weekend), day("2026-11-10")))
                .isEqualTo(day("2026-11-09"));
    }

    @Test
    void a_pause_ending_at_midnight_leaves_that_day_to_the_office() {
        Pause pause = new Pause(wita("2026-11-03T14:00"), wita("2026-11-04T00:00"));
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-02T10:00"), 5, List.of(pause), day("2026-11-10")))
                .isEqualTo(day("2026-11-09"));
    }

    @Test
    void while_the_case_still_waits_the_due_date_assumes_it_resumes_tomorrow() {
        Pause open = new Pause(wita("2026-11-03T14:00"), null);
        // Today is Thursday: Wednesday and Thursday are not charged; Friday onwards would be.
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-02T10:00"), 5, List.of(open), day("2026-11-05")))
                .isEqualTo(day("2026-11-11"));
        // A week later it still waits: the due date has moved on with the days.
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-02T10:00"), 5, List.of(open), day("2026-11-12")))
                .isEqualTo(day("2026-11-18"));
    }

    @Test
    void two_pauses_add_up() {
        Pause first = new Pause(wita("2026-11-02T12:00"), wita("2026-11-03T12:00")); // Tuesday began waiting
        Pause second = new Pause(wita("2026-11-05T12:00"), wita("2026-11-09T12:00")); // Friday and Monday
        assertThat(NO_HOLIDAYS.dueDate(wita("2026-11-02T10:00"), 5, List.of(second, first), day("2026-11-12")))
                .isEqualTo(day("2026-11-12"));
    }

    @Test
    void charged_days_count_only_what_the_office_held() {
        OfficeCalendar calendar = new OfficeCalendar(Set.of(day("2027-01-01")));
        Pause pause = new Pause(wita("2027-01-05T10:00"), wita("2027-01-07T08:00")); // Wed 6 and Thu 7 began waiting
        // Submitted Wed 30 Dec, completed Fri 8 Jan: Thu 31, Mon 4, Tue 5, Fri 8 are charged.
        assertThat(calendar.chargedWorkingDays(wita("2026-12-30T08:00"), List.of(pause), day("2027-01-08")))
                .isEqualTo(4);
        assertThat(calendar.chargedWorkingDays(wita("2026-12-30T08:00"), List.of(), day("2026-12-30")))
                .isZero();
    }

    @Test
    void working_days_between_two_dates_exclude_the_first() {
        assertThat(NO_HOLIDAYS.workingDaysBetween(day("2026-11-06"), day("2026-11-09")))
                .isEqualTo(1);
        assertThat(NO_HOLIDAYS.workingDaysBetween(day("2026-11-09"), day("2026-11-06")))
                .isZero();
        assertThat(NO_HOLIDAYS.plusWorkingDays(day("2026-11-06"), 0)).isEqualTo(day("2026-11-06"));
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> NO_HOLIDAYS.plusWorkingDays(day("2026-11-06"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pause(wita("2026-11-06T10:00"), wita("2026-11-06T09:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
