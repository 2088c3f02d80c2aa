package id.ppu.dukcapil.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file as it streams by: UTF-8 (a byte-order mark is skipped) until the first byte
 * sequence that is not UTF-8, and Windows-1252 (an old Excel's "CSV") from there on. Files of
 * either encoding read exactly as if decoded whole, because everything before the first such byte
 * is then plain ASCII, the same in both; only a file mixing both encodings keeps its earlier UTF-8
 * letters. Memory stays at two small buffers whatever the file's size.
 */
final class CsvDecoder extends Reader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BYTES = 64 * 1024;
    private static final int CHARS = 16 * 1024;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES);
    private final CharBuffer chars = CharBuffer.allocate(CHARS);
    private CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean windows1252;
    private boolean endOfInput;
    private boolean flushed;

    CsvDecoder(InputStream in) throws IOException {
        this.in = in;
        bytes.flip();
        chars.flip();
        fill();
        if (bytes.remaining() >= 3
                && bytes.get(0) == (byte) 0xEF
                && bytes.get(1) == (byte) 0xBB
                && bytes.get(2) == (byte) 0xBF) {
            bytes.position(3);
        }
    }

    /** UTF-8, or Windows-1252 once a byte was met that is not UTF-8. */
    Charset charset() {
        return windows1252 ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private boolean decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && !flushed) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    // The bytes stay where the decoder stopped: decode them again as Windows-1252.
                    decoder = WINDOWS_1252
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE);
                    windows1252 = true;
                } else if (result.isOverflow()) {
                    break;
                } else if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                } else {
                    fill();
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    /** Moves the unread bytes to the front and reads until the buffer is full or the file ends. */
    private void fill() throws IOException {
        bytes.compact();
        try {
            while (bytes.hasRemaining() && !endOfInput) {
                int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
