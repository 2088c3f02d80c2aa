package id.ppu.dukcapil.intake;

/**
 * What the WhatsApp intake may write into a log of values that come from outside: never a value
 * as received (a line break forges log lines, a long value floods them), only its harmless part.
 */
final class WhatsAppLogValues {

    private static final int MAX = 80;

    private WhatsAppLogValues() {}

    /**
     * An identifier (a message id, a status, an object name): its characters outside
     * {@code [A-Za-z0-9._:=+/-]} replaced by {@code _}, cut to 80 characters.
     */
    static String id(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(Math.min(value.length(), MAX) + 1);
        for (int i = 0; i < value.length() && b.length() < MAX; i++) {
            char c = value.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || "._:=+/-".indexOf(c) >= 0);
            b.append(plain ? c : '_');
        }
        return value.length() > MAX ? b.append('…').toString() : b.toString();
    }

    /** A value that should be one of {@code expected}: that value, or only how long the unexpected one was. */
    static String oneOf(String value, String... expected) {
        if (value == null) {
            return "missing";
        }
        for (String e : expected) {
            if (e.equals(value)) {
                return e;
            }
        }
        return "unexpected value of " + value.length() + " characters";
    }
}
