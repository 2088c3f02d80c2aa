package id.ppu.dukcapil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV files of the dashboard and of the open statistics, from hand-made figures. */
class FigureCsvTest {

    /** 2 online (web, app) and 1 in person (office). */
    private static final ChannelCounts THREE = new ChannelCounts(1, 1, 0, 1, 0);

    @Test
    void the_trend_has_one_row_per_month_with_the_online_share_in_percent() {
        String csv = FigureCsv.trend(List.of(
                        new MonthlyChannels(LocalDate.of(2024, 3, 1), new ChannelCounts(2, 1, 1, 1, 0)),
                        new MonthlyChannels(LocalDate.of(2024, 4, 1), ChannelCounts.NONE)))
                .toString();

        assertThat(csv)
                .isEqualTo("month,web,app,whatsapp,office,outreach,total,online_share_pct\r\n"
                        + "2024-03,2,1,1,1,0,5,80\r\n"
                        + "2024-04,0,0,0,0,0,0,\r\n");
    }

    @Test
    void areas_keep_their_order_and_a_name_a_spreadsheet_would_run_is_quoted_harmless() {
        String csv = FigureCsv.areas(List.of(
                        new AreaUptake("64.09.04", "Sepaku", 41956, THREE),
                        new AreaUptake("64.09.99", "=HYPERLINK(\"x\")", 0, ChannelCounts.NONE)))
                .toString();

        assertThat(csv)
                .isEqualTo("code,name,population,online,in_person,total,online_share_pct,uptake_per_1000\r\n"
                        + "64.09.04,Sepaku,41956,2,1,3,66.6667,0.0715\r\n"
                        + "64.09.99,\"'=HYPERLINK(\"\"x\"\")\",0,0,0,0,,\r\n");
    }

    @Test
    void the_heatmap_has_one_row_per_district_and_month() {
        String csv = FigureCsv.heatmap(List.of(new HeatCell("64.09.04", "Sepaku", LocalDate.of(2024, 1, 1), 1, 3)))
                .toString();

        assertThat(csv)
                .isEqualTo("district_code,district,month,online,total,online_share_pct\r\n"
                        + "64.09.04,Sepaku,2024-01,1,3,33.3333\r\n");
    }

    @Test
    void services_are_named_by_their_code() {
        String csv = FigureCsv.services(List.of(new ServiceChannels(ServiceType.BIRTH_CERT, THREE)))
                .toString();

        assertThat(csv)
                .isEqualTo("service,web,app,whatsapp,office,outreach,total,online_share_pct\r\n"
                        + "BIRTH_CERT,1,1,0,1,0,3,66.6667\r\n");
    }

    @Test
    void turnaround_is_in_days_and_all_stands_for_every_channel_or_service() {
        String csv = FigureCsv.turnaround(List.of(
                        new Turnaround(null, null, 10, 36, 72), new Turnaround(Channel.WEB, ServiceType.KK, 4, 12, 48)))
                .toString();

        assertThat(csv)
                .isEqualTo("channel,service,completed,median_days,p90_days\r\n"
                        + "ALL,ALL,10,1.5,3\r\n"
                        + "WEB,KK,4,0.5,2\r\n");
    }

    @Test
    void the_backlog_lists_the_youngest_age_band_first_and_a_past_status_as_empty() {
        Backlog backlog = new Backlog(
                LocalDate.of(2026, 11, 28),
                true,
                List.of(
                        new BacklogCount(AgeBucket.UP_TO_30, CaseStatus.SUBMITTED, 2),
                        new BacklogCount(AgeBucket.UP_TO_7, CaseStatus.WAITING_IN_PERSON, 3),
                        new BacklogCount(AgeBucket.UP_TO_7, null, 1)));

        assertThat(FigureCsv.backlog(backlog).toString())
                .isEqualTo("as_of,age,status,cases\r\n"
                        + "2026-11-28,UP_TO_7,WAITING_IN_PERSON,3\r\n"
                        + "2026-11-28,UP_TO_7,,1\r\n"
                        + "2026-11-28,UP_TO_30,SUBMITTED,2\r\n");
    }

    @Test
    void the_open_statistics_round_as_their_json_does_and_leave_missing_figures_empty() {
        String csv = FigureCsv.uptake(List.of(
                        new UptakeRow("64.09.04", "Sepaku", 41956, THREE, 26.04, 5),
                        new UptakeRow("2024-05", "2024-05", 0, ChannelCounts.NONE, null, 0)))
                .toString();

        assertThat(csv)
                .isEqualTo("key,name,population,web,app,whatsapp,office,outreach,online,in_person,total,online_share,"
                        + "uptake_per_1000,median_turnaround_hours,backlog\r\n"
                        + "64.09.04,Sepaku,41956,1,1,0,1,0,2,1,3,0.6667,0.07,26,5\r\n"
                        + "2024-05,2024-05,0,0,0,0,0,0,0,0,0,,,,0\r\n");
    }

    @Test
    void the_open_statistics_file_is_named_by_grouping_and_period() {
        assertThat(FigureCsv.uptakeFile(
                        UptakeGrouping.DISTRICT, new Period(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 6, 30))))
                .isEqualTo("uptake-district-2014-04-01-2014-06-30.csv");
    }
}
