package id.ppu.dukcapil.intake;

import java.util.List;

/**
 * What a file looks like before importing it: the separator and encoding found, the columns,
 * required columns that are missing, the first rows, the number of data rows and, for a file that
 * cannot be parsed to its end, the line from which it cannot (0 when it parses).
 */
public record CsvPreview(
        String separator,
        String encoding,
        List<String> header,
        List<String> missingColumns,
        List<List<String>> firstRows,
        int rows,
        int malformedFromLine) {

    public boolean importable() {
        return missingColumns.isEmpty() && rows > 0 && malformedFromLine == 0;
    }
}
