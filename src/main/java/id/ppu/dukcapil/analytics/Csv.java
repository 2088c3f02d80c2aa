package id.ppu.dukcapil.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV table (RFC 4180: comma separated, CRLF, quotes doubled) for downloads of figures.
 * Numbers use a dot as decimal separator so other tools read them back. Text cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class Csv {

    private final List<String> lines = new ArrayList<>();

    private Csv(String... header) {
        lines.add(line(header));
    }

    public static Csv withHeader(String... header) {
        return new Csv(header);
    }

    /** Appends a row; nulls are empty cells, doubles are written with up to 4 decimals. */
    public Csv row(Object... cells) {
        lines.add(line(Arrays.stream(cells).map(Csv::text).toArray(String[]::new)));
        return this;
    }

    @Override
    public String toString() {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return d.isNaN()
                    ? ""
                    : String.format(Locale.ROOT, "%.4f", d)
                            .replaceAll("0+$", "")
                            .replaceAll("\\.$", "");
        }
        if (cell instanceof Number) {
            return cell.toString();
        }
        String s = cell.toString();
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String line(String[] cells) {
        return String.join(",", Arrays.stream(cells).map(Csv::quoted).toList());
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }
}
