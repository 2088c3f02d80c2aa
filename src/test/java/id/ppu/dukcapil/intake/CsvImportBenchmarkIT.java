package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.support.Regions.BABULU_DARAT_VILLAGE;
import static id.ppu.dukcapil.support.Regions.GUNUNG_MAKMUR_VILLAGE;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SOTEK_VILLAGE;
import static id.ppu.dukcapil.support.Regions.TENGIN_BARU_VILLAGE;
import static id.ppu.dukcapil.support.Regions.WARU_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures a 100,000-row import (a year of a regency's portal export) and logs the figure. No
 * timed assertion: the machine is shared; the log line is the measurement.
 */
@SpringBootTest
@Tag("slow")
class CsvImportBenchmarkIT {

    private static final Logger log = LoggerFactory.getLogger(CsvImportBenchmarkIT.class);
    private static final int ROWS = 100_000;
    private static final String[] SERVICES = {
        "KTP", "KK", "KIA", "AKTA LAHIR", "AKTA KEMATIAN", "AKTA NIKAH", "AKTA CERAI"
    };
    private static final String[] VILLAGES = {
        NIPAH_NIPAH_VILLAGE,
        WARU_VILLAGE,
        BABULU_DARAT_VILLAGE,
        TENGIN_BARU_VILLAGE,
        SOTEK_VILLAGE,
        GUNUNG_MAKMUR_VILLAGE
    };

    @Autowired
    CsvImportService imports;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsAnImportKey() {
        TestSignIn.key(new ApiPrincipal(1, "benchmark", Set.of(ApiScope.IMPORT), null));
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        TestCases.deleteWhere(jdbc, "external_id like 'BENCH-%'");
    }

    @Test
    void a_hundred_thousand_row_export_imports_and_reimports_without_duplicates() {
        byte[] file = export();

        ImportReport first = imports.importCsv(file, "bench.csv", null, "benchmark", n -> {});
        ImportReport second = imports.importCsv(file, "bench.csv", null, "benchmark", n -> {});

        log.info(
                "CSV import of {} rows ({} KiB): {} ms ({} rows/s); {} new, {} merged, {} rejected. "
                        + "Re-import of the same file: {} ms, {} duplicates.",
                ROWS,
                file.length / 1024,
                first.millis(),
                first.millis() == 0 ? ROWS : ROWS * 1000L / first.millis(),
                first.created(),
                first.merged(),
                first.rejected(),
                second.millis(),
                second.duplicates());
        assertThat(first.rows()).isEqualTo(ROWS);
        assertThat(first.rejected()).isEqualTo(ROWS / 1000);
        assertThat(first.imported()).isEqualTo(ROWS - ROWS / 1000);
        assertThat(second.duplicates()).isEqualTo(first.imported());
        assertThat(jdbc.sql("select count(*) from service_case where external_id like 'BENCH-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(first.imported());
    }

    /** Portal-export-like rows; one in a thousand has a NIK that Excel turned into a number. */
    private static byte[] export() {
        Random random = new Random(6409);
        StringBuilder sb = new StringBuilder(ROWS * 110);
        sb.append(
                "external_id;channel;service_type;nik;applicant_name;village_code;submitted_at;status;completed_at\n");
        for (int i = 0; i < ROWS; i++) {
            String nik = i % 1000 == 999
                    ? "6.40901E+15"
                    : String.format(
                            "64090%d%02d%02d%02d%04d",
                            1 + random.nextInt(4),
                            1 + random.nextInt(28) + (i % 2 == 0 ? 40 : 0),
                            1 + random.nextInt(12),
                            50 + random.nextInt(50),
                            1 + i % 9999);
            int day = 1 + random.nextInt(28);
            int month = 1 + random.nextInt(12);
            boolean done = random.nextInt(3) > 0;
            sb.append("BENCH-")
                    .append(i)
                    .append(';')
                    .append(i % 3 == 0 ? "APP" : "WEB")
                    .append(';')
                    .append(SERVICES[random.nextInt(SERVICES.length)])
                    .append(';')
                    .append(nik)
                    .append(';')
                    .append("Warga Uji ")
                    .append(i)
                    .append(';')
                    .append(VILLAGES[random.nextInt(VILLAGES.length)])
                    .append(';')
                    .append(String.format(
                            "%02d/%02d/2024 %02d:%02d", day, month, 8 + random.nextInt(6), random.nextInt(60)))
                    .append(';')
                    .append(done ? "COMPLETED" : "SUBMITTED")
                    .append(';')
                    .append(done ? String.format("%02d/%02d/2025", day, month) : "")
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
