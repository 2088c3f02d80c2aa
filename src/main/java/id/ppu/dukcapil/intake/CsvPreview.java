package id.ppu.dukcapil.intake;

import java.util.List;

/**
 * What a file looks like before importing it: the separator and encoding found, the columns,
 * required columns that are missing, the first rows and the number of data rows.
 */
public record CsvPreview(String separator, String encoding, List<String> header, List<String> missingColumns,
        List<List<String>> firstRows, int rows) {

    public boolean importable() {
        return missingColumns.isEmpty() && rows > 0;
    }
}
