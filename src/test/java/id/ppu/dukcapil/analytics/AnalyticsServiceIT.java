package id.ppu.dukcapil.analytics;

import static id.ppu.dukcapil.support.Regions.BABULU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static id.ppu.dukcapil.support.Regions.TELEMOW_VILLAGE;
import static id.ppu.dukcapil.support.Regions.WARU_DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.ppu.dukcapil.base.api.ApiParameterException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.support.TestCases;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures on a small hand-made data set in early 2018 (before any other test's
 * data and before the demo history), whose answers are worked out by hand below.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsServiceIT {

    static final Period Q1_2018 = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 31));

    @Autowired
    AnalyticsService analytics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatsController stats;

    TestCases fixture;

    /*
     *  #  channel   service     status             village  submitted (WITA)   closed after
     *  1  WEB       KTP         COMPLETED          Sepaku   10/01/2018 09:00   48 h
     *  2  APP       KTP         COMPLETED          Sepaku   11/01/2018 09:00   48 h
     *  3  OFFICE    KTP         COMPLETED          Sepaku   12/01/2018 09:00   96 h
     *  4  OFFICE    KK          COMPLETED          Sepaku   20/01/2018 09:00   96 h
     *  5  WHATSAPP  KIA         WAITING_IN_PERSON  Sepaku   25/01/2018 09:00   open
     *  6  WHATSAPP  KTP         MERGED into #1     Sepaku   10/01/2018 12:00   (never counted)
     *  7  OUTREACH  KTP         COMPLETED          Telemow  14/02/2018 09:00   2 h
     *  8  WEB       BIRTH_CERT  REJECTED           Sepaku   15/02/2018 09:00   24 h
     *  9  WEB       KK          SUBMITTED          Telemow  28/02/2018 23:30   open (last minutes of February in WITA)
     * 10  OFFICE    KTP         COMPLETED          Nipah    05/03/2018 09:00   48 h
     * 11  APP       KK          COMPLETED          Nipah    31/03/2018 23:59   48 h (closed in April)
     * 12  OFFICE    KK          COMPLETED          Sepaku   05/01/2018 09:00   95 days (closed 10/04/2018)
     * 13  OFFICE    KTP         COMPLETED          Sepaku   01/12/2017 09:00   24 h (the previous period)
     */
    @BeforeAll
    void insertKnownCases() {
        fixture = new TestCases(jdbc, "ANLQ");
        long first =
                fixture.insert("WEB", "KTP", "COMPLETED", SEPAKU_VILLAGE, at(2018, 1, 10, 9, 0), Duration.ofHours(48));
        fixture.insert("APP", "KTP", "COMPLETED", SEPAKU_VILLAGE, at(2018, 1, 11, 9, 0), Duration.ofHours(48));
        fixture.insert("OFFICE", "KTP", "COMPLETED", SEPAKU_VILLAGE, at(2018, 1, 12, 9, 0), Duration.ofHours(96));
        fixture.insert("OFFICE", "KK", "COMPLETED", SEPAKU_VILLAGE, at(2018, 1, 20, 9, 0), Duration.ofHours(96));
        fixture.insert("WHATSAPP", "KIA", "WAITING_IN_PERSON", SEPAKU_VILLAGE, at(2018, 1, 25, 9, 0), null);
        fixture.insert("WHATSAPP", "KTP", "MERGED", SEPAKU_VILLAGE, at(2018, 1, 10, 12, 0), null, first);
        fixture.insert("OUTREACH", "KTP", "COMPLETED", TELEMOW_VILLAGE, at(2018, 2, 14, 9, 0), Duration.ofHours(2));
        fixture.insert("WEB", "BIRTH_CERT", "REJECTED", SEPAKU_VILLAGE, at(2018, 2, 15, 9, 0), Duration.ofHours(24));
        fixture.insert("WEB", "KK", "SUBMITTED", TELEMOW_VILLAGE, at(2018, 2, 28, 23, 30), null);
        fixture.insert("OFFICE", "KTP", "COMPLETED", NIPAH_NIPAH_VILLAGE, at(2018, 3, 5, 9, 0), Duration.ofHours(48));
        fixture.insert("APP", "KK", "COMPLETED", NIPAH_NIPAH_VILLAGE, at(2018, 3, 31, 23, 59), Duration.ofHours(48));
        fixture.insert("OFFICE", "KK", "COMPLETED", SEPAKU_VILLAGE, at(2018, 1, 5, 9, 0), Duration.ofDays(95));
        fixture.insert("OFFICE", "KTP", "COMPLETED", SEPAKU_VILLAGE, at(2017, 12, 1, 9, 0), Duration.ofHours(24));
    }

    @AfterAll
    void removeThem() {
        fixture.deleteAll();
    }

    @Test
    void merged_request_is_counted_once_in_online_share() {
        ChannelCounts q1 = analytics.counts(new AnalyticsFilter(Q1_2018, null, null));
        // 12 cases in the quarter, one of them a merged duplicate: 11 requests, 6 of them online.
        assertThat(q1).isEqualTo(new ChannelCounts(3, 2, 1, 4, 1));
        assertThat(q1.total()).isEqualTo(11);
        assertThat(q1.onlineShare()).isCloseTo(6.0 / 11, within(1e-9));
    }

    @Test
    void online_share_changes_against_the_previous_equal_period() {
        Kpis kpis = analytics.kpis(new AnalyticsFilter(Q1_2018, null, null));
        assertThat(kpis.previousPeriod()).isEqualTo(new Period(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 12, 31)));
        assertThat(kpis.previous()).isEqualTo(new ChannelCounts(0, 0, 0, 1, 0));
        assertThat(kpis.onlineShareChangePoints()).isCloseTo(600.0 / 11, within(1e-9));
    }

    @Test
    void uptake_is_requests_per_thousand_residents_of_the_area() {
        List<AreaUptake> districts = analytics.districts(new AnalyticsFilter(Q1_2018, null, null));
        assertThat(districts)
                .extracting(AreaUptake::code)
                .containsExactly(PENAJAM_DISTRICT, WARU_DISTRICT, BABULU_DISTRICT, SEPAKU_DISTRICT);
        AreaUptake sepaku = districts.get(3);
        assertThat(sepaku.name()).isEqualTo("Sepaku");
        assertThat(sepaku.counts()).isEqualTo(new ChannelCounts(3, 1, 1, 3, 1));
        assertThat(sepaku.uptakePer1000()).isCloseTo(9 * 1000.0 / 41956, within(1e-9));
        assertThat(districts.get(0).counts()).isEqualTo(new ChannelCounts(0, 1, 0, 1, 0));
        assertThat(districts.get(1).counts().total()).isZero();

        Kpis kpis = analytics.kpis(new AnalyticsFilter(Q1_2018, SEPAKU_DISTRICT, null));
        assertThat(kpis.population()).isEqualTo(41956);
        assertThat(kpis.uptakePer1000()).isCloseTo(9 * 1000.0 / 41956, within(1e-9));
    }

    @Test
    void a_district_drills_down_to_its_villages() {
        List<AreaUptake> villages = analytics.villages(new AnalyticsFilter(Q1_2018, SEPAKU_DISTRICT, null));
        assertThat(villages).hasSize(15).allMatch(v -> v.code().startsWith(SEPAKU_DISTRICT + "."));
        assertThat(villages)
                .filteredOn(v -> v.code().equals(SEPAKU_VILLAGE))
                .singleElement()
                .satisfies(v -> assertThat(v.counts()).isEqualTo(new ChannelCounts(2, 1, 1, 3, 0)));
        assertThat(villages)
                .filteredOn(v -> v.code().equals(TELEMOW_VILLAGE))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.counts()).isEqualTo(new ChannelCounts(1, 0, 0, 0, 1));
                    assertThat(v.uptakePer1000()).isCloseTo(2 * 1000.0 / 2468, within(1e-9));
                });
        assertThat(villages.stream().mapToLong(v -> v.counts().total()).sum()).isEqualTo(9);
    }

    @Test
    void periods_that_cut_months_read_the_leftover_days_exactly() {
        // 11/01 to 05/03: February whole, January and March in part.
        Period cut = new Period(LocalDate.of(2018, 1, 11), LocalDate.of(2018, 3, 5));
        assertThat(analytics.counts(new AnalyticsFilter(cut, null, null))).isEqualTo(new ChannelCounts(2, 1, 1, 3, 1));
        assertThat(analytics.villages(new AnalyticsFilter(cut, SEPAKU_DISTRICT, null)))
                .filteredOn(v -> v.code().equals(SEPAKU_VILLAGE))
                .singleElement()
                .satisfies(v -> assertThat(v.counts()).isEqualTo(new ChannelCounts(1, 1, 1, 2, 0)));
        // Inside one month, no whole month at all.
        Period inside = new Period(LocalDate.of(2018, 1, 15), LocalDate.of(2018, 2, 20));
        assertThat(analytics.counts(new AnalyticsFilter(inside, null, null)))
                .isEqualTo(new ChannelCounts(1, 0, 1, 1, 1));
    }

    @Test
    void days_are_wita_calendar_days() {
        // #9 was submitted at 23:30 WITA on 28 February (15:30 UTC): February, not March.
        assertThat(analytics.counts(new AnalyticsFilter(
                        new Period(LocalDate.of(2018, 2, 28), LocalDate.of(2018, 2, 28)), null, null)))
                .isEqualTo(new ChannelCounts(1, 0, 0, 0, 0));
        assertThat(analytics.counts(new AnalyticsFilter(
                        new Period(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31)), null, null)))
                .isEqualTo(new ChannelCounts(0, 1, 0, 1, 0));
    }

    @Test
    void service_filter_narrows_every_figure() {
        AnalyticsFilter kk = new AnalyticsFilter(Q1_2018, null, ServiceType.KK);
        assertThat(analytics.counts(kk)).isEqualTo(new ChannelCounts(1, 1, 0, 2, 0));
        assertThat(analytics.byService(kk))
                .singleElement()
                .satisfies(s -> assertThat(s.service()).isEqualTo(ServiceType.KK));
    }

    @Test
    void channels_by_service_list_every_service_in_order() {
        List<ServiceChannels> rows = analytics.byService(new AnalyticsFilter(Q1_2018, null, null));
        assertThat(rows).extracting(ServiceChannels::service).containsExactly(ServiceType.values());
        assertThat(rows.get(0).counts()).isEqualTo(new ChannelCounts(1, 1, 0, 2, 1));
        assertThat(rows.get(1).counts()).isEqualTo(new ChannelCounts(1, 1, 0, 2, 0));
        assertThat(rows.get(2).counts()).isEqualTo(new ChannelCounts(0, 0, 1, 0, 0));
        assertThat(rows.get(3).counts()).isEqualTo(new ChannelCounts(1, 0, 0, 0, 0));
        assertThat(rows.get(6).counts().total()).isZero();
    }

    @Test
    void median_turnaround_matches_the_exact_median_within_the_histogram_resolution() {
        List<Turnaround> figures = analytics.turnaround(new AnalyticsFilter(Q1_2018, null, null));
        Turnaround overall = figures.stream()
                .filter(t -> t.channel() == null && t.service() == null)
                .findFirst()
                .orElseThrow();
        // Completed in the quarter: 2, 48, 48, 48, 48, 96, 96 and 2280 hours.
        assertThat(overall.completed()).isEqualTo(8);
        assertThat(overall.medianHours()).isCloseTo(exactPercentile(0.5, null), Percentage.withPercentage(5));
        assertThat(overall.medianHours()).isCloseTo(48, Percentage.withPercentage(5));
        // The 90th percentile of eight values is the eighth by rank (2,280 h), read within its 10% bucket.
        assertThat(overall.p90Hours()).isCloseTo(2280, Percentage.withPercentage(10.5));

        Turnaround office = figures.stream()
                .filter(t -> t.channel() == Channel.OFFICE && t.service() == null)
                .findFirst()
                .orElseThrow();
        assertThat(office.completed()).isEqualTo(4);
        assertThat(office.medianHours()).isCloseTo(exactPercentile(0.5, "OFFICE"), Percentage.withPercentage(5));
        Turnaround officeKtp = figures.stream()
                .filter(t -> t.channel() == Channel.OFFICE && t.service() == ServiceType.KTP)
                .findFirst()
                .orElseThrow();
        assertThat(officeKtp.completed()).isEqualTo(2);
        assertThat(figures).noneMatch(t -> t.channel() == Channel.WHATSAPP);
    }

    @Test
    void a_period_with_a_whole_year_reads_the_year_histogram_and_the_months_after_it() {
        Period withYear = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 3, 31));
        Turnaround regency =
                analytics.turnaround(new AnalyticsFilter(withYear, null, null)).get(0);
        // #13 (2017, 24 h) joins the eight of the quarter.
        assertThat(regency.channel()).isNull();
        assertThat(regency.completed()).isEqualTo(9);
        assertThat(regency.medianHours()).isCloseTo(48, Percentage.withPercentage(5));
        Turnaround sepaku = analytics
                .turnaround(new AnalyticsFilter(withYear, SEPAKU_DISTRICT, ServiceType.KTP))
                .get(0);
        // Sepaku's completed e-KTP requests: #1, #2, #3, #7 and #13.
        assertThat(sepaku.completed()).isEqualTo(5);
    }

    @Test
    void backlog_at_the_end_of_a_past_period_counts_what_was_still_open_then() {
        Backlog backlog = analytics.backlog(new AnalyticsFilter(Q1_2018, null, null), LocalDate.of(2026, 1, 1));
        // Open on 31/03/2018: #5 (65 days), #9 (31 days), #11 (submitted that evening), #12 (closed only in April, 85
        // days).
        assertThat(backlog.asOf()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(backlog.current()).isFalse();
        assertThat(backlog.total()).isEqualTo(4);
        assertThat(backlog.of(AgeBucket.UP_TO_7)).isEqualTo(1);
        assertThat(backlog.of(AgeBucket.UP_TO_90)).isEqualTo(3);
        assertThat(backlog.waitingInPerson()).isNull();
        // At the end of February #11 did not exist yet and #8 was already rejected.
        Period february = new Period(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 28));
        assertThat(analytics
                        .backlog(new AnalyticsFilter(february, null, null), LocalDate.of(2026, 1, 1))
                        .total())
                .isEqualTo(3);
    }

    @Test
    void trend_has_every_month_with_its_channels() {
        List<MonthlyChannels> trend = analytics.trend(
                LocalDate.of(2017, 12, 1), LocalDate.of(2018, 4, 1), new AnalyticsFilter(Q1_2018, null, null));
        assertThat(trend)
                .extracting(MonthlyChannels::month)
                .containsExactly(
                        LocalDate.of(2017, 12, 1),
                        LocalDate.of(2018, 1, 1),
                        LocalDate.of(2018, 2, 1),
                        LocalDate.of(2018, 3, 1),
                        LocalDate.of(2018, 4, 1));
        assertThat(trend)
                .extracting(MonthlyChannels::counts)
                .containsExactly(
                        new ChannelCounts(0, 0, 0, 1, 0),
                        new ChannelCounts(1, 1, 1, 3, 0),
                        new ChannelCounts(2, 0, 0, 0, 1),
                        new ChannelCounts(0, 1, 0, 1, 0),
                        ChannelCounts.NONE);
    }

    @Test
    void heatmap_has_every_district_and_month_of_the_window() {
        List<HeatCell> cells = analytics.heatmap(LocalDate.of(2018, 3, 1), new AnalyticsFilter(Q1_2018, null, null));
        assertThat(cells).hasSize(4 * 24);
        assertThat(cells)
                .filteredOn(c ->
                        c.districtCode().equals(SEPAKU_DISTRICT) && c.month().equals(LocalDate.of(2018, 1, 1)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.online()).isEqualTo(3);
                    assertThat(c.total()).isEqualTo(6);
                });
        assertThat(cells.get(0).month()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(cells.get(0).onlineShare()).isNull();
    }

    @Test
    void every_figure_matches_a_plain_group_by_over_the_cases() {
        ChannelCounts viaRollup = analytics.counts(new AnalyticsFilter(Q1_2018, SEPAKU_DISTRICT, null));
        long raw = jdbc.sql("""
                select count(*) from service_case where status <> 'MERGED' and district_code = '64.09.04'
                and (submitted_at at time zone 'Asia/Makassar')::date between '2018-01-01' and '2018-03-31'""").query(Long.class).single();
        long rawOnline = jdbc.sql("""
                select count(*) from service_case where status <> 'MERGED' and district_code = '64.09.04'
                and channel in ('WEB', 'APP', 'WHATSAPP')
                and (submitted_at at time zone 'Asia/Makassar')::date between '2018-01-01' and '2018-03-31'""").query(Long.class).single();
        assertThat(viaRollup.total()).isEqualTo(raw);
        assertThat(viaRollup.online()).isEqualTo(rawOnline);
    }

    @Test
    void open_statistics_per_district_give_the_dashboards_figures() {
        AnalyticsFilter q1 = new AnalyticsFilter(Q1_2018, null, null);
        List<UptakeRow> rows = analytics.uptake(q1, UptakeGrouping.DISTRICT);
        assertThat(rows)
                .extracting(UptakeRow::key)
                .containsExactly(PENAJAM_DISTRICT, WARU_DISTRICT, BABULU_DISTRICT, SEPAKU_DISTRICT);
        assertThat(rows)
                .extracting(UptakeRow::counts)
                .containsExactlyElementsOf(
                        analytics.districts(q1).stream().map(AreaUptake::counts).toList());
        UptakeRow sepaku = rows.get(3);
        assertThat(sepaku.population()).isEqualTo(41956);
        assertThat(sepaku.uptakePer1000()).isCloseTo(9 * 1000.0 / 41956, within(1e-9));
        // Open on 31/03/2018 in Sepaku: #5, #9 and #12; in Penajam: #11.
        assertThat(sepaku.backlog()).isEqualTo(3);
        assertThat(rows.get(0).backlog()).isEqualTo(1);
        // Sepaku's completed requests: 2, 48, 48, 96, 96 and 2,280 hours.
        assertThat(sepaku.medianTurnaroundHours()).isCloseTo(72, Percentage.withPercentage(35));
        assertThat(rows.get(1).medianTurnaroundHours()).isNull();

        UptakeRow total = analytics.uptakeTotal(q1);
        assertThat(total.counts()).isEqualTo(analytics.counts(q1));
        assertThat(total.backlog()).isEqualTo(4);
        assertThat(total.population()).isEqualTo(99233 + 21572 + 40900 + 41956);
    }

    @Test
    void open_statistics_per_village_and_per_month() {
        AnalyticsFilter sepaku = new AnalyticsFilter(Q1_2018, SEPAKU_DISTRICT, null);
        List<UptakeRow> villages = analytics.uptake(sepaku, UptakeGrouping.VILLAGE);
        assertThat(villages).hasSize(15);
        assertThat(villages)
                .filteredOn(v -> v.key().equals(TELEMOW_VILLAGE))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.counts()).isEqualTo(new ChannelCounts(1, 0, 0, 0, 1));
                    assertThat(v.backlog()).isEqualTo(1);
                    assertThat(v.medianTurnaroundHours()).isCloseTo(2, Percentage.withPercentage(10.5));
                });

        List<UptakeRow> months = analytics.uptake(new AnalyticsFilter(Q1_2018, null, null), UptakeGrouping.MONTH);
        assertThat(months).extracting(UptakeRow::key).containsExactly("2018-01", "2018-02", "2018-03");
        assertThat(months)
                .extracting(UptakeRow::counts)
                .containsExactly(
                        new ChannelCounts(1, 1, 1, 3, 0),
                        new ChannelCounts(2, 0, 0, 0, 1),
                        new ChannelCounts(0, 1, 0, 1, 0));
        // Still open on 31/03/2018 by submission month: January #5 and #12, February #9, March #11.
        assertThat(months).extracting(UptakeRow::backlog).containsExactly(2L, 1L, 1L);
    }

    @Test
    void open_statistics_answer_as_json_and_csv_and_refuse_bad_parameters_precisely() {
        StatsController.Uptake json = stats.uptake("2018-01-01", "2018-03-31", "district", SEPAKU_DISTRICT, "kk");
        assertThat(json.groupBy()).isEqualTo("district");
        assertThat(json.service()).isEqualTo("KK");
        assertThat(json.groups()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo(SEPAKU_DISTRICT);
            assertThat(g.channels()).containsEntry("WEB", 1L).containsEntry("OFFICE", 2L);
            assertThat(g.total()).isEqualTo(3);
            assertThat(g.onlineShare()).isEqualTo(0.3333);
        });
        assertThat(json.total().total()).isEqualTo(3);

        String csv =
                stats.uptakeCsv("2018-01-01", "2018-03-31", "month", null, null).getBody();
        assertThat(csv)
                .startsWith("key,name,population,web,app,whatsapp,office,outreach,online,in_person,total,online_share,")
                .contains("\r\n2018-02,2018-02,203661,2,0,0,0,1,2,1,3,0.6667,0.01,");

        assertRefused(() -> stats.uptake("2018-02-30", null, "district", null, null), "from", "api.error.stats.date");
        assertRefused(
                () -> stats.uptake("2018-03-01", "2018-01-01", "district", null, null), "to", "api.error.stats.order");
        assertRefused(() -> stats.uptake(null, null, "kecamatan", null, null), "groupBy", "api.error.stats.groupBy");
        assertRefused(
                () -> stats.uptake(null, null, "district", "Sepaku", null), "district", "api.error.stats.district");
        assertRefused(() -> stats.uptake(null, null, "district", null, "PASPOR"), "service", "api.error.stats.service");
    }

    private static void assertRefused(ThrowingCallable query, String parameter, String detailKey) {
        assertThatThrownBy(query).isInstanceOfSatisfying(ApiParameterException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.messageKey()).isEqualTo(ApiParameterException.INVALID_VALUE);
            assertThat(e.detailKey()).isEqualTo(detailKey);
        });
    }

    private double exactPercentile(double q, String channel) {
        return jdbc.sql("""
                select percentile_cont(:q) within group (order by extract(epoch from completed_at - submitted_at) / 3600)
                from service_case where case_number like 'ANLQ-%' and status = 'COMPLETED'
                and (submitted_at at time zone 'Asia/Makassar')::date between '2018-01-01' and '2018-03-31'
                and (cast(:ch as text) is null or channel = :ch)""")
                .param("q", q)
                .param("ch", channel)
                .query(Double.class)
                .single();
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }
}
