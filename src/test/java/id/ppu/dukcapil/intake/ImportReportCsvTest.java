package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportCsvTest {

    @Test
    void the_report_opens_in_excel_with_one_row_per_problem() {
        ImportReport report = new ImportReport(
                "x.csv",
                3,
                1,
                0,
                0,
                2,
                List.of(
                        new ImportProblem(3, "nik", "nik.error.scientific", "6.40901E+15"),
                        new ImportProblem(4, "applicant_name", "validation.name.size", "=HYPERLINK(\"x\")")),
                10);

        String csv = new String(
                ImportReportCsv.write(report, key -> key.equals("import.report.line") ? "Baris" : key),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFBaris;import.report.column;");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("3;nik;nik.error.scientific;6.40901E+15");
        // A value that Excel would run as a formula is neutralised.
        assertThat(csv).contains("4;applicant_name;validation.name.size;\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
