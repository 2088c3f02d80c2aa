package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    /** The whole of a small file, read through the streaming reader. */
    private record CsvTable(char separator, Charset charset, List<String> header, List<CsvReader.CsvRecord> records) {}

    private static CsvTable read(byte[] file) {
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(file))) {
            List<CsvReader.CsvRecord> records = new ArrayList<>();
            for (CsvReader.CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            return new CsvTable(reader.separator(), reader.charset(), reader.header(), records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_header() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "external_id,nik\nA-1,6409014501900003\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);

        CsvTable t = read(file);

        assertThat(t.header()).containsExactly("external_id", "nik");
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void semicolons_are_recognised_as_the_separator_of_indonesian_excel() {
        CsvTable t = read("external_id;applicant_name;notes\nA-1;Siti, Aminah;x\n".getBytes(StandardCharsets.UTF_8));

        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.records().get(0).fields()).containsExactly("A-1", "Siti, Aminah", "x");
    }

    @Test
    void quoted_fields_keep_separators_doubled_quotes_and_line_breaks() {
        String csv = "id,name,notes\r\n1,\"Aminah, Siti\",\"said \"\"tolong\"\"\r\nsecond line\"\r\n2,Budi,\r\n";

        CsvTable t = read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(t.records()).hasSize(2);
        assertThat(t.records().get(0).fields()).containsExactly("1", "Aminah, Siti", "said \"tolong\"\r\nsecond line");
        assertThat(t.records().get(1).fields()).containsExactly("2", "Budi", "");
    }

    @Test
    void records_know_the_line_they_start_on_and_blank_lines_are_skipped() {
        String csv = "id,notes\n1,\"two\nlines\"\n\n,\n3,x";

        CsvTable t = read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(t.records()).extracting(CsvReader.CsvRecord::line).containsExactly(2, 6);
        assertThat(t.records().get(1).fields()).containsExactly("3", "x");
    }

    @Test
    void a_file_that_is_not_utf8_is_read_as_windows_1252() {
        byte[] file = "id;nama\n1;Andr\u00e9\n".getBytes(Charset.forName("windows-1252"));

        CsvTable t = read(file);

        assertThat(t.charset().name()).isEqualTo("windows-1252");
        assertThat(t.records().get(0).get(1)).isEqualTo("Andr\u00e9");
    }

    @Test
    void a_missing_trailing_field_reads_as_empty() {
        CsvTable t = read("a,b,c\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(t.records().get(0).get(2)).isEmpty();
    }

    @Test
    void a_windows_1252_letter_far_into_the_file_is_read_as_windows_1252_like_the_rest() {
        StringBuilder csv = new StringBuilder("id;nama\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(";Budi\n");
        }
        csv.append("20000;Andr\u00e9\n");

        CsvTable t = read(csv.toString().getBytes(Charset.forName("windows-1252")));

        assertThat(t.charset().name()).isEqualTo("windows-1252");
        assertThat(t.records()).hasSize(20_001);
        assertThat(t.records().get(20_000).get(1)).isEqualTo("Andr\u00e9");
    }

    @Test
    void tabs_are_recognised_as_the_separator() {
        CsvTable t = read("id\tnama\tcatatan\n1\tSiti, Aminah\tx;y\n".getBytes(StandardCharsets.UTF_8));

        assertThat(t.separator()).isEqualTo('\t');
        assertThat(t.records().get(0).fields()).containsExactly("1", "Siti, Aminah", "x;y");
    }

    @Test
    void a_quote_that_never_closes_ends_in_a_reason_naming_the_line_not_a_full_heap() {
        StringBuilder csv = new StringBuilder("id,notes\n1,fine\n2,\"never closed ");
        csv.append("x".repeat(CsvReader.MAX_RECORD_CHARS + 10));

        assertThatThrownBy(() -> read(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        CsvReader.MalformedCsvException.class,
                        e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void text_after_a_closing_quote_is_kept_as_the_old_reader_did() {
        CsvTable t = read("id,name\n1,\"Siti\" Aminah\n".getBytes(StandardCharsets.UTF_8));

        assertThat(t.records().get(0).get(1)).isEqualTo("Siti Aminah");
    }
}
