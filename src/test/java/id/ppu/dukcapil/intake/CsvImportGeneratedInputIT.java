package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.support.TestCases;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated broken files (seeded) imported on the real database: each import gives a report whose
 * every problem has a reason the bundles translate, or a rejection with such a reason, and never
 * any other exception.
 */
@SpringBootTest
class CsvImportGeneratedInputIT {

    private static final long SEED = 6409_2027L;
    private static final int TRIES = 200;
    private static final String ACTOR = "generated-inputs";

    @Autowired
    CsvImportService imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(jdbc, "id in (select case_id from case_event where actor = '" + ACTOR + "')");
    }

    @Test
    void random_bytes_and_mutated_files_import_as_a_report_or_a_rejection_with_a_reason() throws IOException {
        Properties messages = messages();
        Random random = new Random(SEED);
        List<String> unexplained = new ArrayList<>();
        int rejected = 0;
        int reports = 0;
        for (int i = 0; i < TRIES; i++) {
            String tryName = "#" + i;
            byte[] file =
                    i % 2 == 0 ? CsvGeneratedInputs.randomBytes(random, 400) : CsvGeneratedInputs.mutatedValid(random);
            try {
                ImportReport report = imports.importCsv(file, "generated-" + i + ".csv", null, ACTOR, n -> {});
                reports++;
                assertThat(report.rows())
                        .isEqualTo(report.created() + report.merged() + report.duplicates() + report.rejected());
                report.problems().stream()
                        .map(ImportProblem::messageKey)
                        .filter(k -> !messages.containsKey(k))
                        .forEach(k -> unexplained.add(tryName + ": " + k));
            } catch (ImportRejectedException e) {
                rejected++;
                if (!messages.containsKey(e.messageKey())) {
                    unexplained.add(tryName + ": " + e.messageKey());
                }
            }
        }
        assertThat(unexplained).isEmpty();
        // Both outcomes occur, so the generators reach past the header checks.
        assertThat(rejected).isPositive();
        assertThat(reports).isPositive();
    }

    /** Every key of the Indonesian bundles. */
    private static Properties messages() throws IOException {
        Properties all = new Properties();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            if (!r.getFilename().contains("_")) {
                try (InputStream in = r.getInputStream()) {
                    all.load(in);
                }
            }
        }
        return all;
    }
}
