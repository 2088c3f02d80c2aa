package id.ppu.dukcapil.analytics;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.ppu.dukcapil.intake.WhatsAppActivity;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.WhatsAppFixture;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WhatsApp figures on a hand-made December 2009 and January 2010 (no other test writes there),
 * with the office open 08:00-15:00 WITA on working days and Christmas (Friday 25 December 2009) and
 * New Year's Day (Friday 1 January 2010) as holidays. The waits, in working hours:
 *
 * <pre>
 *  case  district  messages (WITA)                        clerk's reply            wait
 *  A     Sepaku    Mon 07/12 09:00 and 09:20              Mon 07/12 09:45          0.75
 *  A               Mon 07/12 14:00                        Tue 08/12 09:00          2.0  (1 h before closing, 1 h after opening)
 *  B     Penajam   Fri 11/12 14:30                        Mon 14/12 08:30          1.0  (exactly one working hour)
 *  B               Mon 14/12 09:00, then completed        none                     closed without reply
 *  C     none      Thu 24/12 14:00                        Mon 28/12 10:00          3.0  (Christmas and the weekend skipped)
 *  D     none      Thu 31/12 14:30                        Mon 04/01 09:00          1.5  (the turn of the year)
 *  E     none      Tue 05/01 20:00                        Tue 05/01 20:30          0.0  (after hours)
 *  F     none      Wed 06/01 10:00                        none (a notification)    still waiting
 *  G     Sepaku    Thu 07/01 10:00                        Mon 11/01 11:00          15.0 (5 + 7 + 3)
 *  J     none      Sun 31/01 23:30 (last minutes)         Mon 01/02 08:30          0.5  (the reply is February's)
 *  H     none      Wed 13/01 10:00, a complete request    none                     no wait: never in triage
 *  I     none      Mon 30/11 10:00 and Wed 02/12 10:00    Wed 02/12 11:00          no wait in the period: it began in November
 *  K     none      Mon 01/02 00:10                        none                     February's
 * </pre>
 *
 * Answered: 0, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 15.0: median 1.25, p90 3.0 + 0.3 x 12 = 6.6. Within
 * one working hour 4 of 9 (the 8 answered and F, which has waited longer), within one working day
 * (7 h) 7 of 9.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsAppStatsIT {

    static final Period PERIOD = new Period(LocalDate.of(2009, 12, 1), LocalDate.of(2010, 1, 31));
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2009, 12, 25), LocalDate.of(2010, 1, 1));
    private static final String PREFIX = "WAFG";
    private static final String NUMBERS = "628110009";

    @Autowired
    WhatsAppStats stats;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final List<LocalDate> insertedHolidays = new ArrayList<>();
    private WhatsAppFixture wa;

    @BeforeAll
    void insertConversations() {
        wa = new WhatsAppFixture(jdbc, PREFIX, NUMBERS);
        for (LocalDate day : HOLIDAYS) {
            if (jdbc.sql("insert into public_holiday (day, name) values (:d, 'Libur uji') on conflict do nothing")
                            .param("d", Date.valueOf(day))
                            .update()
                    == 1) {
                insertedHolidays.add(day);
            }
        }
        long a = triageCase(SEPAKU_VILLAGE, "TRIAGE", at(2009, 12, 7, 9, 0));
        inbound(a, at(2009, 12, 7, 9, 0), "Selamat pagi, syarat KTP apa saja?");
        inbound(a, at(2009, 12, 7, 9, 20), "Saya di Sepaku.");
        reply(a, at(2009, 12, 7, 9, 45), "READ", null);
        inbound(a, at(2009, 12, 7, 14, 0), "Kalau KK hilang?");
        reply(a, at(2009, 12, 8, 9, 0), "READ", null);
        notification(a, "CASE_READY", at(2009, 12, 9, 9, 0), "READ", null);

        long b = triageCase(NIPAH_NIPAH_VILLAGE, "SUBMITTED", at(2009, 12, 11, 14, 30));
        inbound(b, at(2009, 12, 11, 14, 30), "Mau buat KIA");
        reply(b, at(2009, 12, 14, 8, 30), "DELIVERED", null);
        inbound(b, at(2009, 12, 14, 9, 0), "KIA 6409014501900003 Siti");
        notification(b, "CASE_READY", at(2009, 12, 20, 9, 0), "DELIVERED", null);

        long c = triageCase(null, "TRIAGE", at(2009, 12, 24, 14, 0));
        inbound(c, at(2009, 12, 24, 14, 0), "Akta kelahiran syaratnya?");
        reply(c, at(2009, 12, 28, 10, 0), "READ", null);
        notification(c, "CASE_COMPLETED", at(2009, 12, 29, 9, 0), "SENT", null);

        long d = triageCase(null, "TRIAGE", at(2009, 12, 31, 14, 30));
        inbound(d, at(2009, 12, 31, 14, 30), "Buka tanggal 1?");
        reply(d, at(2010, 1, 4, 9, 0), "FAILED", "131047");
        notification(d, "CASE_REJECTED", at(2010, 1, 4, 10, 0), "FAILED", "131026");

        long e = triageCase(null, "TRIAGE", at(2010, 1, 5, 20, 0));
        inbound(e, at(2010, 1, 5, 20, 0), "Malam, mau tanya");
        reply(e, at(2010, 1, 5, 20, 30), "SKIPPED", null);
        notification(e, "CASE_READY", at(2010, 1, 6, 9, 0), "SKIPPED", null);

        long f = triageCase(null, "TRIAGE", at(2010, 1, 6, 10, 0));
        inbound(f, at(2010, 1, 6, 10, 0), "Halo?");
        notification(f, "CASE_WAITING_IN_PERSON", at(2010, 1, 6, 11, 0), "FAILED", "131026");

        long g = triageCase(SEPAKU_VILLAGE, "TRIAGE", at(2010, 1, 7, 10, 0));
        inbound(g, at(2010, 1, 7, 10, 0), "Perubahan KK bagaimana?");
        reply(g, at(2010, 1, 11, 11, 0), "SENT", null);
        notification(g, "CASE_NEEDS_CORRECTION", at(2010, 1, 12, 9, 0), "FAILED", "131047");

        long j = triageCase(null, "TRIAGE", at(2010, 1, 31, 23, 30));
        inbound(j, at(2010, 1, 31, 23, 30), "Besok buka?");
        reply(j, at(2010, 2, 1, 8, 30), "READ", null);

        long h = wa.directRequest(at(2010, 1, 13, 10, 0));
        inbound(h, at(2010, 1, 13, 10, 0), "KTP 6409014501900003 Siti Aminah");
        notification(h, "CASE_READY", at(2010, 1, 20, 9, 0), "PENDING", null);

        long i = triageCase(null, "TRIAGE", at(2009, 11, 30, 10, 0));
        inbound(i, at(2009, 11, 30, 10, 0), "Permisi");
        inbound(i, at(2009, 12, 2, 10, 0), "Permisi, ada orang?");
        reply(i, at(2009, 12, 2, 11, 0), "READ", null);
        notification(i, "CASE_READY", at(2009, 11, 30, 12, 0), "READ", null);
        wa.outbound(i, "SELF_SERVICE_ANSWER", at(2009, 12, 3, 9, 0), "READ", null);

        long k = triageCase(null, "TRIAGE", at(2010, 2, 1, 0, 10));
        inbound(k, at(2010, 2, 1, 0, 10), "Pagi");

        // Opt-outs: 1 twice in the period, 2 and back (MULAI) in the period, 3 before it; 4 asked for a status.
        inbound(null, at(2009, 12, 10, 19, 0), "BERHENTI", NUMBERS + "01");
        inbound(null, at(2009, 12, 20, 19, 0), "  berhenti ", NUMBERS + "01");
        inbound(null, at(2010, 1, 15, 7, 0), "Berhenti", NUMBERS + "02");
        inbound(null, at(2010, 1, 16, 7, 0), "MULAI", NUMBERS + "02");
        inbound(null, at(2009, 11, 20, 7, 0), "BERHENTI", NUMBERS + "03");
        inbound(null, at(2010, 1, 16, 8, 0), "STATUS", NUMBERS + "04");
        wa.optedOut(NUMBERS + "01", at(2009, 12, 10, 19, 0));
        wa.optedOut(NUMBERS + "03", at(2009, 11, 20, 7, 0));
    }

    @AfterAll
    void removeThem() {
        wa.deleteAll();
        for (LocalDate day : insertedHolidays) {
            jdbc.sql("delete from public_holiday where day = :d")
                    .param("d", Date.valueOf(day))
                    .update();
        }
    }

    @Test
    void first_response_times_are_measured_in_working_hours_from_the_message_that_starts_a_wait() {
        ResponseTimes r = stats.figures(new AnalyticsFilter(PERIOD, null, null)).responses();

        assertThat(r.waits()).isEqualTo(10);
        assertThat(r.answered()).isEqualTo(8);
        assertThat(r.waiting()).isEqualTo(1);
        assertThat(r.closedWithoutReply()).isEqualTo(1);
        assertThat(r.medianHours()).isCloseTo(1.25, within(1e-9));
        assertThat(r.p90Hours()).isCloseTo(6.6, within(1e-9));
        assertThat(r.withinHourShare()).isCloseTo(4.0 / 9, within(1e-9));
        assertThat(r.withinDayShare()).isCloseTo(7.0 / 9, within(1e-9));
        assertThat(r.workingDayHours()).isEqualTo(7.0);
    }

    @Test
    void the_median_and_p90_are_postgresqls_percentile_cont_of_the_hand_computed_waits() {
        ResponseTimes r = stats.figures(new AnalyticsFilter(PERIOD, null, null)).responses();
        double[] sql = jdbc.sql("""
                select percentile_cont(0.5) within group (order by h), percentile_cont(0.9) within group (order by h)
                from unnest(array[0, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 15.0]::float8[]) h""")
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        assertThat(r.medianHours()).isCloseTo(sql[0], within(1e-9));
        assertThat(r.p90Hours()).isCloseTo(sql[1], within(1e-9));
    }

    @Test
    void the_wait_list_follows_the_conversations_as_the_tables_hold_them() {
        List<WhatsAppActivity.Wait> waits = stats.waits(new AnalyticsFilter(PERIOD, null, null));
        assertThat(waits)
                .extracting(WhatsAppActivity.Wait::from)
                .containsExactly(
                        at(2009, 12, 7, 9, 0),
                        at(2009, 12, 7, 14, 0),
                        at(2009, 12, 11, 14, 30),
                        at(2009, 12, 14, 9, 0),
                        at(2009, 12, 24, 14, 0),
                        at(2009, 12, 31, 14, 30),
                        at(2010, 1, 5, 20, 0),
                        at(2010, 1, 6, 10, 0),
                        at(2010, 1, 7, 10, 0),
                        at(2010, 1, 31, 23, 30));
        assertThat(waits.get(3).answeredAt()).isNull();
        assertThat(waits.get(3).inTriage()).isFalse();
        assertThat(waits.get(7).answeredAt()).as("a notification is no reply").isNull();
        assertThat(waits.get(7).inTriage()).isTrue();
    }

    @Test
    void a_wait_that_has_not_lasted_an_hour_yet_is_left_out_of_the_shares() {
        // Half an hour after F's message: F may still be answered in time.
        clock.pinAt(at(2010, 1, 6, 10, 30));
        ResponseTimes r = stats.figures(new AnalyticsFilter(PERIOD, null, null)).responses();
        assertThat(r.withinHourShare()).isCloseTo(4.0 / 8, within(1e-9));
        assertThat(r.withinDayShare()).isCloseTo(7.0 / 8, within(1e-9));
        assertThat(r.waiting()).isEqualTo(1);
    }

    @Test
    void a_district_has_the_waits_and_messages_of_its_cases() {
        WhatsAppFigures sepaku = stats.figures(new AnalyticsFilter(PERIOD, SEPAKU_DISTRICT, null));
        // A's 0.75 and 2.0, G's 15.0.
        assertThat(sepaku.responses().waits()).isEqualTo(3);
        assertThat(sepaku.responses().medianHours()).isCloseTo(2.0, within(1e-9));
        assertThat(sepaku.responses().p90Hours()).isCloseTo(2.0 + 0.8 * 13, within(1e-9));
        assertThat(sepaku.responses().withinHourShare()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(sepaku.responses().withinDayShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(sepaku.notifications()).isEqualTo(new MessageCounts(0, 0, 0, 1, 1, 0));
        assertThat(sepaku.replies()).isEqualTo(new MessageCounts(0, 1, 0, 2, 0, 0));
        assertThat(sepaku.failures()).containsExactly(new FailureCount("131047", 1));
    }

    @Test
    void notifications_and_replies_count_by_the_furthest_status_they_reached() {
        WhatsAppFigures f = stats.figures(new AnalyticsFilter(PERIOD, null, null));
        // A READY read, B READY delivered, C COMPLETED sent, D REJECTED and F WAITING_IN_PERSON failed (131026),
        // G NEEDS_CORRECTION failed (131047), E skipped (opted out), H pending; I's November one is outside.
        assertThat(f.notifications()).isEqualTo(new MessageCounts(1, 1, 1, 1, 3, 1));
        // Replies written in the period: A twice, C and I read; B delivered; D failed; E skipped; G sent; J's is
        // February's.
        assertThat(f.replies()).isEqualTo(new MessageCounts(0, 1, 1, 4, 1, 1));
        assertThat(f.failures()).containsExactly(new FailureCount("131026", 2), new FailureCount("131047", 2));
        assertThat(f.notifications().accepted()).isEqualTo(3);
        assertThat(f.notifications().failedShare()).isCloseTo(3.0 / 6, within(1e-9));
        // The same from the table itself.
        long sqlFailed = jdbc.sql("""
                select count(*) from outbound_message where idempotency_key like 'wafg-%' and status = 'FAILED'
                and created_at >= timestamptz '2009-12-01 00:00+08' and created_at < timestamptz '2010-02-01 00:00+08'""").query(Long.class).single();
        assertThat(f.notifications().failed() + f.replies().failed()).isEqualTo(sqlFailed);
    }

    @Test
    void opt_outs_count_the_numbers_that_wrote_berhenti_in_the_period_and_those_opted_out_now() {
        WhatsAppFigures f = stats.figures(new AnalyticsFilter(PERIOD, null, null));
        assertThat(f.optOuts()).isEqualTo(2);
        long now = jdbc.sql("select count(*) from whatsapp_opt_out")
                .query(Long.class)
                .single();
        assertThat(f.optedOutNow()).isEqualTo(now).isGreaterThanOrEqualTo(2);
        // Opt-outs belong to no district: the same with one.
        assertThat(stats.figures(new AnalyticsFilter(PERIOD, SEPAKU_DISTRICT, null))
                        .optOuts())
                .isEqualTo(2);
    }

    @Test
    void a_period_without_whatsapp_is_empty() {
        WhatsAppFigures f = stats.figures(
                new AnalyticsFilter(new Period(LocalDate.of(2009, 10, 1), LocalDate.of(2009, 10, 31)), null, null));
        assertThat(f.isEmpty()).isTrue();
        assertThat(f.responses().medianHours()).isNull();
        assertThat(f.responses().withinHourShare()).isNull();
        assertThat(f.notifications()).isEqualTo(MessageCounts.NONE);
        assertThat(stats.figures(new AnalyticsFilter(PERIOD, null, null)).isEmpty())
                .isFalse();
    }

    @Test
    void the_working_day_is_the_configured_office_hours() {
        assertThat(stats.workingHours().workingDay()).isEqualTo(Duration.ofHours(7));
        assertThat(stats.workingHours().between(at(2009, 12, 24, 14, 0), at(2009, 12, 28, 10, 0)))
                .isEqualTo(Duration.ofHours(3));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return WhatsAppFixture.wita(year, month, day, hour, minute);
    }

    private long triageCase(String village, String status, Instant submitted) {
        return wa.triageCase(village, status, submitted);
    }

    private void inbound(Long caseId, Instant at, String body) {
        wa.inbound(caseId, at, body, wa.number(98));
    }

    private void inbound(Long caseId, Instant at, String body, String sender) {
        wa.inbound(caseId, at, body, sender);
    }

    private void reply(long caseId, Instant at, String status, String errorCode) {
        wa.reply(caseId, at, status, errorCode);
    }

    private void notification(long caseId, String kind, Instant at, String status, String errorCode) {
        wa.outbound(caseId, kind, at, status, errorCode);
    }
}
