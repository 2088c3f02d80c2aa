package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_header() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "external_id,nik\nA-1,6409014501900003\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);

        CsvReader.CsvTable t = CsvReader.read(file);

        assertThat(t.header()).containsExactly("external_id", "nik");
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void semicolons_are_recognised_as_the_separator_of_indonesian_excel() {
        CsvReader.CsvTable t = CsvReader.read("external_id;applicant_name;notes\nA-1;Siti, Aminah;x\n".getBytes(StandardCharsets.UTF_8));

        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.records().get(0).fields()).containsExactly("A-1", "Siti, Aminah", "x");
    }

    @Test
    void quoted_fields_keep_separators_doubled_quotes_and_line_breaks() {
        String csv = "id,name,notes\r\n1,\"Aminah, Siti\",\"said \"\"tolong\"\"\r\nsecond line\"\r\n2,Budi,\r\n";

        CsvReader.CsvTable t = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(t.records()).hasSize(2);
        assertThat(t.records().get(0).fields()).containsExactly("1", "Aminah, Siti", "said \"tolong\"\r\nsecond line");
        assertThat(t.records().get(1).fields()).containsExactly("2", "Budi", "");
    }

    @Test
    void records_know_the_line_they_start_on_and_blank_lines_are_skipped() {
        String csv = "id,notes\n1,\"two\nlines\"\n\n,\n3,x";

        CsvReader.CsvTable t = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(t.records()).extracting(CsvReader.CsvRecord::line).containsExactly(2, 6);
        assertThat(t.records().get(1).fields()).containsExactly("3", "x");
    }

    @Test
    void a_file_that_is_not_utf8_is_read_as_windows_1252() {
        byte[] file = "id;nama\n1;Andr\u00e9\n".getBytes(Charset.forName("windows-1252"));

        CsvReader.CsvTable t = CsvReader.read(file);

        assertThat(t.charset().name()).isEqualTo("windows-1252");
        assertThat(t.records().get(0).get(1)).isEqualTo("Andr\u00e9");
    }

    @Test
    void a_missing_trailing_field_reads_as_empty() {
        CsvReader.CsvTable t = CsvReader.read("a,b,c\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(t.records().get(0).get(2)).isEmpty();
    }
}
