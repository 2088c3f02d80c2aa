package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The per-row report of an import as a CSV file a clerk opens in Excel: semicolon-separated
 * (Excel with Indonesian settings), UTF-8 with a byte-order mark so names keep their letters.
 * The values of rejected rows are the file's NIKs, names and phone numbers: a download of the
 * report is recorded in the audit trail.
 */
@Service
public class ImportReportCsv {

    private final AuditTrail audit;

    ImportReportCsv(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * The report as a file to download, recorded in the audit trail as an export of personal data
     * (the file name and the number of rows; never the values).
     *
     * @param text translates an i18n key into the reader's language
     */
    @RolesAllowed({Role.CLERK, Role.ADMINISTRATOR})
    public byte[] export(ImportReport report, Function<String, String> text) {
        byte[] csv = write(report, text);
        audit.read(
                AuditKind.PERSONAL_DATA_EXPORTED,
                report.fileName(),
                report.problems().size() + " rows");
        return csv;
    }

    /** The report as CSV, unrecorded: the views download it through {@link #export}. */
    static byte[] write(ImportReport report, Function<String, String> text) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(
                sb,
                text.apply("import.report.line"),
                text.apply("import.report.column"),
                text.apply("import.report.reason"),
                text.apply("import.report.value"));
        for (ImportProblem p : report.problems()) {
            row(sb, String.valueOf(p.line()), p.column(), text.apply(p.messageKey()), p.value());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(quote(fields[i] == null ? "" : fields[i]));
        }
        sb.append("\r\n");
    }

    private static String quote(String v) {
        boolean needs = v.contains(";")
                || v.contains("\"")
                || v.contains("\n")
                || v.contains("\r")
                // A leading = + - @ would make Excel evaluate the cell as a formula.
                || (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0);
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return needs ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
