package id.ppu.dukcapil.intake;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Reads CSV as Indonesian offices really produce it, one record at a time (FastCSV underneath,
 * so a file is parsed once and never held whole): UTF-8 with or without a byte-order mark, or
 * Windows-1252 from an old Excel (see {@link CsvDecoder}); comma, semicolon (Excel with
 * Indonesian regional settings) or tab separators guessed from the header line; RFC 4180 quoting
 * with doubled quotes and line breaks inside quoted fields, CRLF or LF. Rows of blank fields are
 * skipped, short rows read as empty fields. Each record keeps the line number it starts on, for
 * the report. A file that cannot be parsed (a record over {@value #MAX_RECORD_CHARS} characters,
 * typically an unclosed quote) ends in a {@link MalformedCsvException} naming the line.
 */
final class CsvReader implements Closeable {

    /** The longest record: far beyond any real row, small enough that one bad quote cannot fill the heap. */
    static final int MAX_RECORD_CHARS = 1 << 20;
    /** How much of the file's start is looked at for the separator. */
    private static final int HEADER_CHARS = 64 * 1024;

    private final CsvDecoder decoder;
    private final de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv;
    private final CloseableIterator<de.siegmar.fastcsv.reader.CsvRecord> records;
    private final char separator;
    private final List<String> header;
    private int lastLine;

    private CsvReader(InputStream in) throws IOException {
        decoder = new CsvDecoder(in);
        PushbackReader text = new PushbackReader(decoder, HEADER_CHARS);
        char[] start = new char[HEADER_CHARS];
        int n = 0;
        for (int r; n < start.length && (r = text.read(start, n, start.length - n)) > 0; ) {
            n += r;
        }
        text.unread(start, 0, n);
        separator = guessSeparator(new String(start, 0, n));
        csv = de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize(MAX_RECORD_CHARS)
                .ofCsvRecord(text);
        records = csv.iterator();
        CsvRecord first = next();
        header = first == null ? List.of() : first.fields();
    }

    /**
     * Starts reading {@code in} (closed with this reader) and reads its header, the first record.
     *
     * @throws MalformedCsvException if the header cannot be parsed
     */
    static CsvReader open(InputStream in) throws IOException {
        return new CsvReader(in);
    }

    char separator() {
        return separator;
    }

    /** The file's encoding as far as it has been read: UTF-8 until a byte showed Windows-1252. */
    Charset charset() {
        return decoder.charset();
    }

    /** The header's fields, empty for a file without any record. */
    List<String> header() {
        return header;
    }

    /**
     * The next record with at least one non-blank field, or null at the end of the file.
     *
     * @throws MalformedCsvException if the rest of the file cannot be parsed
     */
    CsvRecord next() {
        try {
            while (records.hasNext()) {
                de.siegmar.fastcsv.reader.CsvRecord r = records.next();
                lastLine = (int) Math.min(Integer.MAX_VALUE, r.getStartingLineNumber());
                List<String> fields = r.getFields();
                if (fields.stream().anyMatch(f -> !f.isBlank())) {
                    return new CsvRecord(lastLine, fields);
                }
            }
            return null;
        } catch (CsvParseException e) {
            throw new MalformedCsvException(lastLine + 1);
        }
    }

    /** The separator that occurs most often outside quotes in the first line; comma if none does. */
    static char guessSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ';') {
                semicolons++;
            } else if (!quoted && ch == ',') {
                commas++;
            } else if (!quoted && ch == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** One record and the line it starts on (the header is line 1). */
    record CsvRecord(int line, List<String> fields) {
        /** The field at {@code index}, or empty if the record is shorter. */
        String get(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    /** The file cannot be parsed from {@code line} on. */
    static final class MalformedCsvException extends RuntimeException {

        private final int line;

        MalformedCsvException(int line) {
            super("CSV cannot be parsed from line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
