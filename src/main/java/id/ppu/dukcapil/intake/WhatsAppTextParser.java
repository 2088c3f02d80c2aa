package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.InvalidIdentityNumberException;
import id.ppu.dukcapil.cases.Nik;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the simple request form the office advertises for WhatsApp: {@code <SERVICE> <NIK> <name>},
 * e.g. {@code KTP 6409014501900003 Siti Aminah} or {@code akta lahir 6409011203150004 bagus}, case
 * insensitive. What can be read of a message that does not follow the form (a known service at
 * the start, a valid NIK) is kept to help the clerk who triages it.
 */
final class WhatsAppTextParser {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");
    private static final Pattern NIK_AND_NAME = Pattern.compile("^([0-9]{16})(?:\\s+(.+))?$", Pattern.DOTALL);

    private WhatsAppTextParser() {}

    static Parsed parse(String body, LocalDate today) {
        if (body == null || body.isBlank()) {
            return Parsed.NOTHING;
        }
        String text = body.strip();
        Optional<ServiceNames.Prefix> prefix = ServiceNames.prefix(text);
        if (prefix.isEmpty()) {
            return Parsed.NOTHING;
        }
        ServiceType service = prefix.get().service();
        Matcher m = NIK_AND_NAME.matcher(prefix.get().rest());
        if (!m.matches()) {
            return new Parsed(service, null, null);
        }
        String nik = validNik(m.group(1), today);
        // The name keeps the citizen's spelling: take it from the original text, not the upper-cased rest.
        String name = m.group(2) == null ? null : nameFrom(text, m.group(1));
        return new Parsed(service, nik, name);
    }

    /** The first valid NIK written anywhere in a text ("NIK saya 6409..."), to suggest it to the clerk. */
    static Optional<String> nikMentioned(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SIXTEEN_DIGITS.matcher(text);
        while (m.find()) {
            String nik = validNik(m.group(), today);
            if (nik != null) {
                return Optional.of(nik);
            }
        }
        return Optional.empty();
    }

    private static String validNik(String value, LocalDate today) {
        try {
            return Nik.parse(value, today).value();
        } catch (InvalidIdentityNumberException e) {
            return null;
        }
    }

    private static String nameFrom(String original, String nik) {
        String after = original.substring(original.indexOf(nik) + nik.length())
                .replaceAll("\\s+", " ")
                .strip();
        if (after.isEmpty() || after.length() > 120 || !after.matches("^[\\p{L} .,'-]+$")) {
            return null;
        }
        boolean oneCase = after.equals(after.toUpperCase(Locale.ROOT)) || after.equals(after.toLowerCase(Locale.ROOT));
        return oneCase ? titleCase(after) : after;
    }

    /** "SITI AMINAH" and "siti aminah" become "Siti Aminah"; mixed spelling is left alone. */
    private static String titleCase(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** What a message says: service, NIK and name when it follows the form; null parts otherwise. */
    record Parsed(ServiceType service, String nik, String applicantName) {
        static final Parsed NOTHING = new Parsed(null, null, null);

        boolean complete() {
            return service != null && nik != null && applicantName != null;
        }
    }
}
