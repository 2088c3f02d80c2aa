package id.ppu.dukcapil.intake;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The per-row report of an import as a CSV file a clerk opens in Excel: semicolon-separated
 * (Excel with Indonesian settings), UTF-8 with a byte-order mark so names keep their letters.
 */
public final class ImportReportCsv {

    private ImportReportCsv() {
    }

    /**
     * @param text translates an i18n key into the reader's language
     */
    public static byte[] write(ImportReport report, Function<String, String> text) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, text.apply("import.report.line"), text.apply("import.report.column"), text.apply("import.report.reason"),
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
        boolean needs = v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                // A leading = + - @ would make Excel evaluate the cell as a formula.
                || (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0);
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return needs ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
