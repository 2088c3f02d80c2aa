package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The status, content type and body of an HTTP/1.1 answer read from a raw socket to its end
 * (Connection: close), and all of it as text: for tests that send bytes no HTTP client would.
 */
record RawHttpAnswer(int status, String contentType, String body, String raw) {

    static RawHttpAnswer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (SocketException resetAfterTheAnswer) {
            // A server closing a refused request it has not read to the end may reset the connection.
            if (all.size() == 0) {
                throw resetAfterTheAnswer;
            }
        }
        // Latin-1 keeps one char per byte, so that chunk sizes count right; the body is UTF-8.
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer: %s", text).isPositive();
        String contentType = "";
        boolean chunked = false;
        for (String line : text.substring(0, end).split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).strip();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String rest = text.substring(end + 4);
        String body = new String(
                (chunked ? unchunk(rest) : rest).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new RawHttpAnswer(
                Integer.parseInt(text.substring(9, 12)), contentType, body, text.substring(0, end + 4) + body);
    }

    private static String unchunk(String chunked) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
            if (size == 0) {
                return sb.toString();
            }
            sb.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
