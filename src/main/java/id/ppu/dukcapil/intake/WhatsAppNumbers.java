package id.ppu.dukcapil.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as WhatsApp names them: international form, digits only, no "+" (a wa_id such
 * as 6281234567890). Residents write 0812..., +62 812-..., 62812...: all the same number.
 */
final class WhatsAppNumbers {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\-.()]");
    private static final Pattern WA_ID = Pattern.compile("^[1-9][0-9]{7,14}$");

    private WhatsAppNumbers() {}

    /** The wa_id of a phone number as written; empty if it is none (too short, letters, a username's user id). */
    static Optional<String> waId(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String v = PUNCTUATION.matcher(phone.strip()).replaceAll("");
        if (v.startsWith("+")) {
            v = v.substring(1);
        } else if (v.startsWith("00")) {
            v = v.substring(2);
        } else if (v.startsWith("0")) {
            // A national Indonesian number: the country code replaces the trunk prefix.
            v = "62" + v.substring(1);
        }
        return WA_ID.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }

    /** The last three digits only, for staff who may not see phone numbers. */
    static String masked(String phone) {
        return phone == null || phone.length() < 4
                ? phone
                : "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
