package id.ppu.dukcapil.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.WorkingHours;
import id.ppu.dukcapil.intake.WhatsAppActivity.Wait;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    private static final WorkingHours HOURS =
            new WorkingHours(new OfficeCalendar(Set.of()), WorkingHours.DEFAULT_OPENS, WorkingHours.DEFAULT_CLOSES);

    private static Instant wita(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Wita.ZONE).toInstant();
    }

    @Test
    void percentiles_interpolate_between_neighbours_as_percentile_cont() {
        double[] sorted = {0, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 15.0};
        assertThat(ResponseTimes.percentile(sorted, 0.5)).isCloseTo(1.25, within(1e-12));
        assertThat(ResponseTimes.percentile(sorted, 0.9)).isCloseTo(6.6, within(1e-12));
        assertThat(ResponseTimes.percentile(new double[] {4.0}, 0.9)).isEqualTo(4.0);
        assertThat(ResponseTimes.percentile(new double[0], 0.5)).isNull();
    }

    @Test
    void an_unanswered_wait_counts_against_a_share_only_once_it_has_lasted_longer() {
        // Monday 2 November 2026: one answer after 30 minutes, one question waiting since 09:00.
        List<Wait> waits = List.of(
                new Wait(wita("2026-11-02T08:00"), wita("2026-11-02T08:30"), false),
                new Wait(wita("2026-11-02T09:00"), null, true));

        ResponseTimes early = ResponseTimes.of(waits, HOURS, wita("2026-11-02T09:45"));
        assertThat(early.withinHourShare()).isEqualTo(1.0);
        assertThat(early.withinDayShare()).isEqualTo(1.0);

        ResponseTimes later = ResponseTimes.of(waits, HOURS, wita("2026-11-02T10:00"));
        assertThat(later.withinHourShare()).isEqualTo(0.5);
        assertThat(later.withinDayShare()).isEqualTo(1.0);

        // The next morning at 09:00 it has waited a whole working day (09:00-15:00 and 08:00-09:00).
        ResponseTimes nextDay = ResponseTimes.of(waits, HOURS, wita("2026-11-03T09:00"));
        assertThat(nextDay.withinDayShare()).isEqualTo(0.5);
        assertThat(nextDay.waiting()).isEqualTo(1);
        assertThat(nextDay.medianHours()).isEqualTo(0.5);
    }

    @Test
    void a_wait_closed_without_reply_is_counted_apart_and_in_no_share() {
        List<Wait> waits = List.of(
                new Wait(wita("2026-11-02T08:00"), wita("2026-11-02T10:00"), false),
                new Wait(wita("2026-11-02T09:00"), null, false));
        ResponseTimes r = ResponseTimes.of(waits, HOURS, wita("2026-11-20T12:00"));
        assertThat(r.closedWithoutReply()).isEqualTo(1);
        assertThat(r.waiting()).isZero();
        assertThat(r.withinHourShare()).isEqualTo(0.0);
        assertThat(r.withinDayShare()).isEqualTo(1.0);
    }

    @Test
    void without_waits_there_are_no_figures() {
        ResponseTimes r = ResponseTimes.of(List.of(), HOURS, wita("2026-11-02T10:00"));
        assertThat(r.waits()).isZero();
        assertThat(r.medianHours()).isNull();
        assertThat(r.p90Hours()).isNull();
        assertThat(r.withinHourShare()).isNull();
        assertThat(r.withinDayShare()).isNull();
        assertThat(r.workingDayHours()).isEqualTo(7.0);
    }
}
