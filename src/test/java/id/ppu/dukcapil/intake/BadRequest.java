package id.ppu.dukcapil.intake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated malformed request and what the API must answer: a status out of
 * {@code expected}, naming every field or parameter in {@code names} when it is a 400.
 */
record BadRequest(
        String label,
        String method,
        String path,
        Map<String, String> headers,
        byte[] body,
        Set<Integer> expected,
        List<String> names) {

    static BadRequest of(
            String label,
            String method,
            String path,
            Map<String, String> headers,
            String body,
            Set<Integer> expected,
            List<String> names) {
        return new BadRequest(
                label,
                method,
                path,
                headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                expected,
                names);
    }

    /** The same request with the API key added. */
    BadRequest withKey(String key) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Authorization", "Bearer " + key);
        return new BadRequest(label, method, path, h, body, expected, names);
    }

    /** Short enough for a failure report: bodies of many kilobytes are cut. */
    @Override
    public String toString() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
        return label + ": " + method + " " + (path.length() > 300 ? path.substring(0, 300) + "..." : path) + " "
                + headers + " expected " + expected + " naming " + names + " body " + shown;
    }
}
