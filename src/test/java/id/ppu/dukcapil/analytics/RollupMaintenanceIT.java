package id.ppu.dukcapil.analytics;

import static id.ppu.dukcapil.support.Regions.API_API_VILLAGE;
import static id.ppu.dukcapil.support.Regions.BABULU_DARAT_VILLAGE;
import static id.ppu.dukcapil.support.Regions.BABULU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.BANGUN_MULYA_VILLAGE;
import static id.ppu.dukcapil.support.Regions.GUNUNG_MAKMUR_VILLAGE;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.RINTIK_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static id.ppu.dukcapil.support.Regions.TELEMOW_VILLAGE;
import static id.ppu.dukcapil.support.Regions.WARU_DISTRICT;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseDetails;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The rollups stay equal to a rebuild from scratch whichever path writes the cases. */
@SpringBootTest
class RollupMaintenanceIT {

    private static final String ROLLUPS_AS_TEXT = """
            select 'day', day::text, district_code, channel, service_type, status, cases from case_rollup_day where cases <> 0
            union all select 'month', month::text, district_code, channel, service_type, status, cases from case_rollup_month where cases <> 0
            union all select 'village', month::text, village_code, channel, service_type, status, cases from case_rollup_village_month where cases <> 0
            union all select 'turnaround', month::text, district_code, channel, service_type, bucket::text, cases from case_turnaround_month where cases <> 0
            union all select 'turnaround-year', year::text, district_code, channel, service_type, bucket::text, cases from case_turnaround_year where cases <> 0
            union all select 'turnaround-village', month::text, village_code, '', service_type, bucket::text, cases from case_turnaround_village_month where cases <> 0
            order by 1, 2, 3, 4, 5, 6""";

    @Autowired
    AnalyticsService analytics;

    @Autowired
    CaseService cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    TestCases fixture;

    @BeforeEach
    void signInAsClerk() {
        fixture = new TestCases(jdbc, "ANLR");
        signIn("petugas", Role.PETUGAS);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        TestCases.deleteWhere(jdbc, "nik = '6409044101900007'");
        fixture.deleteAll();
    }

    @Test
    void rollups_equal_a_rebuild_after_creates_updates_merges_and_deletes_by_every_path() throws Exception {
        // The clerks' service: a walk-in taken through the whole workflow, another moved to a village of another
        // district.
        String walkIn =
                cases.registerWalkIn(applicant(SEPAKU_VILLAGE, ServiceType.KTP)).caseNumber();
        for (CaseStatus next :
                List.of(CaseStatus.VERIFIED, CaseStatus.IN_PROCESS, CaseStatus.READY, CaseStatus.COMPLETED)) {
            CaseDetails d = cases.details(walkIn);
            cases.changeStatus(d.id(), d.version(), next, null);
        }
        String moved =
                cases.registerWalkIn(applicant(SEPAKU_VILLAGE, ServiceType.KK)).caseNumber();
        CaseDetails m = cases.details(moved);
        cases.updateApplicant(m.id(), m.version(), applicant(BABULU_DARAT_VILLAGE, ServiceType.KIA));

        // The intake API's way: a row inserted, a duplicate by another channel, then folded into the first.
        long first =
                fixture.insert("WEB", "KTP", "SUBMITTED", API_API_VILLAGE, LocalDateTime.of(2024, 5, 1, 10, 0), null);
        long duplicate = fixture.insert(
                "WHATSAPP", "KTP", "SUBMITTED", API_API_VILLAGE, LocalDateTime.of(2024, 5, 3, 8, 0), null);
        jdbc.sql("update service_case set status = 'MERGED', merged_into_id = :first where id = :dup")
                .param("first", first)
                .param("dup", duplicate)
                .update();

        // A COPY load, as the demo data and large imports write, and a bulk status update.
        copyIn(500);
        jdbc.sql("update service_case set status = 'COMPLETED', completed_at = submitted_at + interval '3 days'"
                        + " where case_number like 'ANLR-C%' and channel = 'WEB'")
                .update();
        jdbc.sql("delete from service_case where case_number like 'ANLR-C%' and channel = 'OUTREACH'")
                .update();

        List<Map<String, Object>> maintained = jdbc.sql(ROLLUPS_AS_TEXT).query().listOfRows();
        analytics.rebuildRollups();
        List<Map<String, Object>> rebuilt = jdbc.sql(ROLLUPS_AS_TEXT).query().listOfRows();
        assertThat(maintained).isNotEmpty().isEqualTo(rebuilt);
    }

    @Test
    void a_merge_takes_the_duplicate_out_of_the_counts() {
        AnalyticsFilter may = new AnalyticsFilter(
                new Period(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)), WARU_DISTRICT, null);
        ChannelCounts before = analytics.counts(may);
        long first =
                fixture.insert("WEB", "KTP", "SUBMITTED", API_API_VILLAGE, LocalDateTime.of(2024, 5, 1, 10, 0), null);
        long duplicate = fixture.insert(
                "WHATSAPP", "KTP", "SUBMITTED", API_API_VILLAGE, LocalDateTime.of(2024, 5, 3, 8, 0), null);
        assertThat(analytics.counts(may).total()).isEqualTo(before.total() + 2);

        jdbc.sql("update service_case set status = 'MERGED', merged_into_id = :first where id = :dup")
                .param("first", first)
                .param("dup", duplicate)
                .update();
        ChannelCounts after = analytics.counts(may);
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(after.web()).isEqualTo(before.web() + 1);
        assertThat(after.whatsapp()).isEqualTo(before.whatsapp());
    }

    @Test
    void todays_backlog_follows_status_changes_and_knows_who_waits_in_person() {
        clock.pinToday(LocalDate.of(2026, 3, 10));
        LocalDate today = analytics.today();
        AnalyticsFilter now = new AnalyticsFilter(new Period(today.minusDays(60), today), BABULU_DISTRICT, null);
        Backlog before = analytics.backlog(now, today);
        assertThat(before.current()).isTrue();

        long waiting = fixture.insert(
                "APP",
                "KTP",
                "WAITING_IN_PERSON",
                GUNUNG_MAKMUR_VILLAGE,
                today.minusDays(40).atTime(10, 0),
                null);
        fixture.insert(
                "OFFICE",
                "KK",
                "COMPLETED",
                GUNUNG_MAKMUR_VILLAGE,
                today.minusDays(3).atTime(10, 0),
                Duration.ofHours(5));
        Backlog with = analytics.backlog(now, today);
        assertThat(with.total()).isEqualTo(before.total() + 1);
        assertThat(with.waitingInPerson()).isEqualTo(before.waitingInPerson() + 1);
        assertThat(with.of(AgeBucket.UP_TO_90)).isEqualTo(before.of(AgeBucket.UP_TO_90) + 1);

        jdbc.sql("update service_case set status = 'IN_PROCESS' where id = :id")
                .param("id", waiting)
                .update();
        Backlog processing = analytics.backlog(now, today);
        assertThat(processing.total()).isEqualTo(before.total() + 1);
        assertThat(processing.waitingInPerson()).isEqualTo(before.waitingInPerson());

        jdbc.sql("update service_case set status = 'COMPLETED', completed_at = now() where id = :id")
                .param("id", waiting)
                .update();
        assertThat(analytics.backlog(now, today).total()).isEqualTo(before.total());
    }

    private void copyIn(int rows) throws Exception {
        StringBuilder text = new StringBuilder();
        String[] channels = {"WEB", "APP", "WHATSAPP", "OFFICE", "OUTREACH"};
        String[] villages = {NIPAH_NIPAH_VILLAGE, BANGUN_MULYA_VILLAGE, RINTIK_VILLAGE, TELEMOW_VILLAGE};
        for (int i = 0; i < rows; i++) {
            String village = villages[i % villages.length];
            String submitted = "2023-0" + (1 + i % 9) + "-1" + (i % 9) + " 0" + (i % 10) + ":15:00+08";
            boolean done = i % 3 == 0;
            text.append("ANLR-C")
                    .append(i)
                    .append('\t')
                    .append(channels[i % 5])
                    .append('\t')
                    .append(ServiceType.values()[i % 7])
                    .append('\t')
                    .append(done ? "COMPLETED" : "IN_PROCESS")
                    .append('\t')
                    .append(TestCases.anyNik())
                    .append("\tAnalitik Salin\t")
                    .append(village)
                    .append('\t')
                    .append(village, 0, 8)
                    .append('\t')
                    .append(submitted)
                    .append('\t')
                    .append(submitted)
                    .append('\t')
                    .append(done ? submitted.replace(":15:00", ":45:00").replace(" 0", " 1") : "\\N")
                    .append('\n');
        }
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy service_case (case_number, channel, service_type, status, nik,"
                                    + " applicant_name, village_code, district_code, submitted_at, updated_at, completed_at) from stdin",
                            new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static ApplicantData applicant(String village, ServiceType service) {
        ApplicantData d = new ApplicantData();
        d.setServiceType(service);
        d.setNik("6409044101900007");
        d.setApplicantName("Analitik Loket");
        d.setVillageCode(village);
        return d;
    }
}
