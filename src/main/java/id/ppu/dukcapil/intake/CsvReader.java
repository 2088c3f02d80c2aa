package id.ppu.dukcapil.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Indonesian offices really produce it: UTF-8 with or without a byte-order mark
 * (or Windows-1252 from an old Excel, detected when the bytes are not valid UTF-8), comma,
 * semicolon (Excel with Indonesian regional settings) or tab separators guessed from the header
 * line, RFC 4180 quoting with doubled quotes and line breaks inside quoted fields, CRLF or LF.
 * Each record keeps the line number it starts on, for the report.
 */
final class CsvReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvReader() {
    }

    /** The header and the non-empty records of a file. */
    static CsvTable read(byte[] bytes) {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        char separator = guessSeparator(text);
        List<CsvRecord> records = parse(text, separator);
        if (records.isEmpty()) {
            return new CsvTable(separator, decoded.charset(), List.of(), List.of());
        }
        return new CsvTable(separator, decoded.charset(), records.get(0).fields(), records.subList(1, records.size()));
    }

    private static Decoded decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, start, bytes.length - start, WINDOWS_1252), WINDOWS_1252);
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

    private static List<CsvRecord> parse(String text, char separator) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addIfNotBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            addIfNotBlank(records, recordLine, fields);
        }
        return records;
    }

    private static void addIfNotBlank(List<CsvRecord> records, int line, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
    }

    private record Decoded(String text, Charset charset) {
    }

    /** One record and the line it starts on (the header is line 1). */
    record CsvRecord(int line, List<String> fields) {
        /** The field at {@code index}, or empty if the record is shorter. */
        String get(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }

    /** A file's separator, encoding, header and records. */
    record CsvTable(char separator, Charset charset, List<String> header, List<CsvRecord> records) {
    }
}
