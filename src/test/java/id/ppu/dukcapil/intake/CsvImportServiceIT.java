package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.SignedIn;
import id.ppu.dukcapil.support.TestCases;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** CSV import of messy real-world files on the real database. */
@SpringBootTest
@SignedIn(user = "petugas", roles = Role.PETUGAS)
class CsvImportServiceIT {

    /** A file as an office's Excel writes it: BOM, semicolons, quotes, Indonesian names and dates, bad rows. */
    static final String MESSY = "\uFEFF"
            + String.join(
                    "\r\n",
                    "External ID;Channel;Service_Type;NIK;Applicant Name;Village_Name;Submitted_At;Status;Completed_At",
                    "CSVTEST-1;jemput bola;AKTA LAHIR;" + IntakeTestData.nik(4, 2, 3, 15, 8301)
                            + ";\"Putri; Ayu\";Sepaku;05/03/2024 09:15;;",
                    "CSVTEST-2;OUTREACH;e-KTP;6.40901E+15;Budi Santoso;Sepaku;05/03/2024;;",
                    "CSVTEST-3;OFFICE;KK;" + IntakeTestData.nik(1, 9, 9, 88, 8302)
                            + ";Rahmat;Nipah-Nipah;2023-07-01;SELESAI;2023-07-08",
                    "CSVTEST-4;WEB;KTP;" + IntakeTestData.nik(1, 9, 9, 88, 8303) + ";Dewi;Atlantis;31/02/2024;;",
                    "",
                    "CSVTEST-1;jemput bola;AKTA LAHIR;" + IntakeTestData.nik(4, 2, 3, 15, 8301)
                            + ";\"Putri; Ayu\";Sepaku;05/03/2024 09:15;;",
                    "CSVTEST-5;OUTREACH;AKTA LAHIR;" + IntakeTestData.nik(4, 2, 3, 15, 8301)
                            + ";Putri Ayu;Sepaku;06/03/2024 10:00;;",
                    "");

    @Autowired
    CsvImportService imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(jdbc, "external_id like 'CSVTEST-%'");
    }

    @Test
    void a_messy_office_file_imports_its_valid_rows_and_reports_each_bad_one() {
        ImportReport report = imports.importCsv(bytes(MESSY), "jemput-bola-sepaku.csv", null, "petugas", n -> {});

        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.merged()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.problems())
                .containsExactly(
                        new ImportProblem(3, "nik", "nik.error.scientific", "6.40901E+15"),
                        new ImportProblem(5, "village_name", "validation.village.unknown", "Atlantis"),
                        new ImportProblem(5, "submitted_at", "intake.error.date", "31/02/2024"));
        assertThat(jdbc.sql("select applicant_name from service_case where external_id = 'CSVTEST-1'")
                        .query(String.class)
                        .single())
                .isEqualTo("Putri; Ayu");
        assertThat(jdbc.sql(
                                "select channel || ' ' || status || ' ' || to_char(completed_at at time zone 'Asia/Makassar', 'DD/MM/YYYY') "
                                        + "from service_case where external_id = 'CSVTEST-3'")
                        .query(String.class)
                        .single())
                .isEqualTo("OFFICE COMPLETED 08/07/2023");
        assertThat(jdbc.sql("select status from service_case where external_id = 'CSVTEST-5'")
                        .query(String.class)
                        .single())
                .isEqualTo("MERGED");
    }

    @Test
    void importing_the_same_file_twice_creates_no_duplicates() {
        imports.importCsv(bytes(MESSY), "a.csv", null, "petugas", n -> {});
        long cases = countMine();
        long events = jdbc.sql("select count(*) from case_event where case_id in (select id from service_case "
                        + "where external_id like 'CSVTEST-%')")
                .query(Long.class)
                .single();

        ImportReport again = imports.importCsv(bytes(MESSY), "a.csv", null, "petugas", n -> {});

        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(4);
        assertThat(countMine()).isEqualTo(cases);
        assertThat(jdbc.sql("select count(*) from case_event where case_id in (select id from service_case "
                                + "where external_id like 'CSVTEST-%')")
                        .query(Long.class)
                        .single())
                .isEqualTo(events);
    }

    @Test
    void a_file_without_required_columns_is_refused_whole() {
        String csv = "external_id,nik\nCSVTEST-9," + IntakeTestData.nik(1, 1, 1, 90, 8309) + "\n";

        assertThatThrownBy(() -> imports.importCsv(bytes(csv), "x.csv", null, "petugas", n -> {}))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.columns");
                    assertThat(e.args()[0].toString())
                            .contains("service_type", "applicant_name", "village_code", "channel");
                });
        assertThat(countMine()).isZero();
    }

    @Test
    void a_default_channel_fills_rows_without_one_and_the_preview_shows_the_file() {
        String csv = "external_id,service_type,nik,applicant_name,village_code,submitted_at\n" + "CSVTEST-10,KIA,"
                + IntakeTestData.nik(3, 4, 4, 16, 8310) + ",Anak Baik,64.09.03.2001,01/10/2025\n";

        CsvPreview preview = imports.preview(CsvSource.of(bytes(csv)), false);
        ImportReport report = imports.importCsv(bytes(csv), "x.csv", Channel.OUTREACH, "petugas", n -> {});

        assertThat(preview.missingColumns()).containsExactly("channel");
        assertThat(imports.preview(CsvSource.of(bytes(csv)), true).importable()).isTrue();
        assertThat(preview.separator()).isEqualTo(",");
        assertThat(preview.firstRows()).hasSize(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(jdbc.sql("select channel from service_case where external_id = 'CSVTEST-10'")
                        .query(String.class)
                        .single())
                .isEqualTo("OUTREACH");
    }

    @Test
    void a_row_rejected_elsewhere_is_imported_with_its_reason_and_refused_without_one() {
        String csv =
                "external_id,channel,service_type,nik,applicant_name,village_code,submitted_at,status,completed_at,notes\n"
                        + "CSVTEST-11,WEB,KK," + IntakeTestData.nik(3, 5, 5, 80, 8311)
                        + ",Sari,64.09.03.2001,02/05/2025,DITOLAK,09/05/2025,"
                        + "Dokumen tidak lengkap\n"
                        + "CSVTEST-12,WEB,KK," + IntakeTestData.nik(3, 6, 5, 80, 8312)
                        + ",Wati,64.09.03.2001,02/05/2025,DITOLAK,09/05/2025,\n";

        ImportReport report = imports.importCsv(bytes(csv), "portal.csv", null, "petugas", n -> {});

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).containsExactly(new ImportProblem(3, "notes", "intake.error.rejectReason", ""));
        assertThat(jdbc.sql("select status || ' ' || notes from service_case where external_id like 'CSVTEST-1_'")
                        .query(String.class)
                        .list())
                .containsExactly("REJECTED Dokumen tidak lengkap");
    }

    @Test
    void a_clerk_imports_in_the_background_and_follows_the_progress() {
        ImportJob job = imports.start(CsvSource.of(bytes(MESSY)), "latar.csv", null);
        ImportReport report = job.result().join();

        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(job.startedBy()).isEqualTo("petugas");
        assertThat(report.imported()).isEqualTo(3);
        assertThat(jdbc.sql("select distinct actor from case_event where type = 'CREATED' and case_id in "
                                + "(select id from service_case where external_id like 'CSVTEST-%')")
                        .query(String.class)
                        .list())
                .containsExactly("petugas");
    }

    private long countMine() {
        return jdbc.sql("select count(*) from service_case where external_id like 'CSVTEST-%'")
                .query(Long.class)
                .single();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
