package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.Deadline.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final OfficeCalendar CALENDAR = new OfficeCalendar(Set.of(LocalDate.parse("2027-01-01")));

    private static Instant wita(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Wita.ZONE).toInstant();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_new_case_is_due_the_standard_in_working_days_after_submission() {
        Instant at = wita("2026-12-30T08:00");
        Deadline d = Deadline.of(
                CALENDAR,
                at,
                3,
                CaseStatus.SUBMITTED,
                List.of(new Step(at, CaseStatus.SUBMITTED)),
                null,
                day("2026-12-30"));
        // Thu 31 (1), Fri 1 Jan is New Year, Mon 4 (2), Tue 5 (3).
        assertThat(d.dueOn()).isEqualTo(day("2027-01-05"));
        assertThat(d.waitingSince()).isNull();
        assertThat(d.pausedDays()).isZero();
        assertThat(d.workingDaysTaken()).isNull();
    }

    @Test
    void a_wait_for_the_resident_from_the_history_moves_the_due_date_and_counts_as_paused() {
        Instant at = wita("2026-11-02T10:00");
        List<Step> history = List.of(
                new Step(at, CaseStatus.SUBMITTED),
                new Step(wita("2026-11-03T14:00"), CaseStatus.NEEDS_CORRECTION),
                new Step(wita("2026-11-05T09:00"), CaseStatus.SUBMITTED));
        Deadline d = Deadline.of(CALENDAR, at, 5, CaseStatus.SUBMITTED, history, null, day("2026-11-06"));
        assertThat(d.dueOn()).isEqualTo(day("2026-11-11"));
        assertThat(d.pausedDays()).isEqualTo(2);
        assertThat(d.waitingSince()).isNull();
    }

    @Test
    void while_the_case_waits_its_wait_is_open_and_the_due_date_assumes_it_resumes_tomorrow() {
        Instant at = wita("2026-11-02T10:00");
        List<Step> history = List.of(
                new Step(at, CaseStatus.SUBMITTED),
                new Step(wita("2026-11-03T14:00"), CaseStatus.WAITING_IN_PERSON),
                new Step(wita("2026-11-04T10:00"), CaseStatus.NEEDS_CORRECTION));
        Deadline d = Deadline.of(CALENDAR, at, 5, CaseStatus.NEEDS_CORRECTION, history, null, day("2026-11-05"));
        assertThat(d.waitingSince()).isEqualTo(wita("2026-11-03T14:00"));
        assertThat(d.dueOn()).isEqualTo(day("2026-11-11"));
        assertThat(d.pausedDays()).isEqualTo(2);
    }

    @Test
    void a_completed_case_keeps_its_due_date_and_the_working_days_it_took() {
        Instant at = wita("2026-12-30T08:00");
        Instant done = wita("2027-01-08T11:00");
        List<Step> history = List.of(
                new Step(at, CaseStatus.SUBMITTED),
                new Step(wita("2027-01-05T10:00"), CaseStatus.WAITING_IN_PERSON),
                new Step(wita("2027-01-07T08:00"), CaseStatus.IN_PROCESS),
                new Step(wita("2027-01-08T09:00"), CaseStatus.READY),
                new Step(done, CaseStatus.COMPLETED));
        Deadline d = Deadline.of(CALENDAR, at, 3, CaseStatus.COMPLETED, history, done, day("2027-02-01"));
        // Thu 31, Mon 4, Tue 5 and Fri 8 are charged; Wed 6 and Thu 7 began while it waited.
        assertThat(d.workingDaysTaken()).isEqualTo(4);
        assertThat(d.pausedDays()).isEqualTo(2);
        assertThat(d.dueOn()).isEqualTo(day("2027-01-05"));
    }

    @Test
    void a_case_rejected_while_waiting_has_no_open_wait() {
        Instant at = wita("2026-11-02T10:00");
        Instant rejected = wita("2026-11-10T10:00");
        List<Step> history = List.of(
                new Step(at, CaseStatus.SUBMITTED),
                new Step(wita("2026-11-03T14:00"), CaseStatus.NEEDS_CORRECTION),
                new Step(rejected, CaseStatus.REJECTED));
        Deadline d = Deadline.of(CALENDAR, at, 5, CaseStatus.REJECTED, history, rejected, day("2026-12-01"));
        assertThat(d.waitingSince()).isNull();
        assertThat(d.workingDaysTaken()).isNull();
        assertThat(d.pausedDays()).isEqualTo(5); // Wed 4 to Tue 10 began while it waited
    }

    @Test
    void triage_and_merged_cases_and_cases_without_a_standard_have_no_due_date() {
        Instant at = wita("2026-11-02T10:00");
        assertThat(Deadline.of(CALENDAR, at, 5, CaseStatus.TRIAGE, List.of(), null, day("2026-11-05"))
                        .dueOn())
                .isNull();
        assertThat(Deadline.of(CALENDAR, at, 5, CaseStatus.MERGED, List.of(), null, day("2026-11-05"))
                        .dueOn())
                .isNull();
        assertThat(Deadline.of(CALENDAR, at, null, CaseStatus.SUBMITTED, List.of(), null, day("2026-11-05"))
                        .dueOn())
                .isNull();
    }
}
