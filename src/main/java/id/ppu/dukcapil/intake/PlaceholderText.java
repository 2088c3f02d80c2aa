package id.ppu.dukcapil.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of a notification text with named placeholders ({@code {nomor}}, {@code {alasan}}):
 * braces only around a placeholder the kind offers, every placeholder the kind needs present, and
 * the longest message the text can produce (each placeholder at its longest value) within
 * WhatsApp's limit. Filling in replaces each placeholder by its value, nothing else.
 */
final class PlaceholderText {

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)\\}");
    private static final int SNIPPET = 15;

    private PlaceholderText() {}

    /** The text as stored: line breaks as {@code \n}, no blank lines or spaces at either end. */
    static String normalise(String body) {
        return body == null
                ? ""
                : body.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /**
     * Checks a normalised text of {@code kind}.
     *
     * @param longest the most characters each placeholder's value can have
     * @param limit   the most characters the filled-in text may have
     * @throws NotificationTextException naming the first problem found
     */
    static void validate(NotificationKind kind, String body, Map<Placeholder, Integer> longest, int limit) {
        if (body.isBlank()) {
            throw new NotificationTextException("notificationText.error.blank");
        }
        String available = tokens(kind.available());
        Matcher m = TOKEN.matcher(body);
        boolean[] inToken = new boolean[body.length()];
        while (m.find()) {
            Placeholder p = Placeholder.named(m.group(1))
                    .orElseThrow(() ->
                            new NotificationTextException("notificationText.error.unknown", m.group(), available));
            if (!kind.available().contains(p)) {
                throw new NotificationTextException("notificationText.error.notAvailable", m.group(), kind, available);
            }
            Arrays.fill(inToken, m.start(), m.end(), true);
        }
        for (int i = 0; i < body.length(); i++) {
            if (!inToken[i] && (body.charAt(i) == '{' || body.charAt(i) == '}')) {
                throw new NotificationTextException("notificationText.error.brace", snippet(body, i));
            }
        }
        List<Placeholder> missing =
                kind.required().stream().filter(p -> !body.contains(p.token())).toList();
        if (!missing.isEmpty()) {
            throw new NotificationTextException("notificationText.error.missing", kind, tokens(missing));
        }
        int worst = longestRendering(body, longest);
        if (worst > limit) {
            throw new NotificationTextException("notificationText.error.tooLong", worst, limit, worst - limit);
        }
    }

    /** The length of the text with every placeholder at its longest value (an unknown one as written). */
    static int longestRendering(String body, Map<Placeholder, Integer> longest) {
        Matcher m = TOKEN.matcher(body);
        int length = body.length();
        while (m.find()) {
            Integer most = Placeholder.named(m.group(1)).map(longest::get).orElse(null);
            if (most != null) {
                length += most - m.group().length();
            }
        }
        return length;
    }

    /**
     * The text with each placeholder replaced by its value; a placeholder without a value becomes
     * "-", and anything in braces that is no placeholder stays as written (a stored text never
     * has one: it was validated).
     */
    static String render(String body, Map<Placeholder, String> values) {
        Matcher m = TOKEN.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = Placeholder.named(m.group(1))
                    .map(p -> values.getOrDefault(p, "-"))
                    .orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholders as written, comma separated: "{nomor}, {layanan}". */
    static String tokens(List<Placeholder> placeholders) {
        return placeholders.stream().map(Placeholder::token).collect(Collectors.joining(", "));
    }

    private static String snippet(String s, int at) {
        int from = Math.max(0, at - SNIPPET);
        int to = Math.min(s.length(), at + SNIPPET + 1);
        String inner = s.substring(from, to).replace('\n', ' ').strip();
        return (from > 0 ? "…" : "") + inner + (to < s.length() ? "…" : "");
    }
}
