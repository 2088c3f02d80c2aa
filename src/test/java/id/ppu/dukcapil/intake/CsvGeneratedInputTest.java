package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated broken files (seeded, a few hundred of each kind) fed to the CSV reader and the
 * preview: each gives rows, or a malformed-from-line reason, and never any other exception.
 */
class CsvGeneratedInputTest {

    private static final long SEED = 6409_2026L;
    private static final int TRIES = 300;
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.intake");

    /** Only the preview runs here, which needs neither the database nor a user. */
    private final CsvImportService previews = new CsvImportService(null, null, null, Clock.systemUTC(), 20, null);

    @TestFactory
    Stream<DynamicTest> random_bytes_read_as_rows_or_a_reason() {
        Random random = new Random(SEED);
        return IntStream.range(0, TRIES).mapToObj(i -> {
            byte[] file = CsvGeneratedInputs.randomBytes(random, 400);
            return DynamicTest.dynamicTest("random bytes #" + i, () -> readsAsRowsOrAReason(file));
        });
    }

    @TestFactory
    Stream<DynamicTest> mutations_of_a_valid_file_read_as_rows_or_a_reason() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, TRIES).mapToObj(i -> {
            byte[] file = CsvGeneratedInputs.mutatedValid(random);
            return DynamicTest.dynamicTest("mutation #" + i, () -> readsAsRowsOrAReason(file));
        });
    }

    private void readsAsRowsOrAReason(byte[] file) throws IOException {
        List<CsvReader.CsvRecord> records = new ArrayList<>();
        int malformed = 0;
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(file))) {
            assertThat(reader.separator()).isIn(',', ';', '\t');
            assertThat(reader.charset().name()).isIn("UTF-8", "windows-1252");
            for (CsvReader.CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        } catch (CsvReader.MalformedCsvException e) {
            malformed = e.line();
            assertThat(malformed).isPositive();
        }
        int previous = 1;
        for (CsvReader.CsvRecord r : records) {
            assertThat(r.line()).isGreaterThanOrEqualTo(previous);
            assertThat(r.fields()).anyMatch(f -> !f.isBlank());
            previous = r.line();
        }

        CsvPreview preview = previews.preview(CsvSource.of(file), false);

        assertThat(preview.rows()).isEqualTo(records.size());
        assertThat(preview.malformedFromLine()).isEqualTo(malformed);
        assertThat(preview.importable())
                .isEqualTo(preview.missingColumns().isEmpty() && preview.rows() > 0 && malformed == 0);
        assertThat(preview.firstRows()).hasSizeLessThanOrEqualTo(CsvImportService.PREVIEW_ROWS);
        if (malformed > 0) {
            assertThat(MESSAGES.containsKey("import.error.malformed")).isTrue();
        }
    }
}
