package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.Wita;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's number as residents and staff read it: the regency's prefix, the year of submission
 * (WITA) and the regency's running sequence, at least seven digits: {@code PPU-2024-0001234}.
 * The sequence ({@code case_number_seq}) never restarts, so a number is unique on its own; the
 * year only helps people read it.
 *
 * @param year     the WITA year the case was submitted in, four digits
 * @param sequence the regency's running number, 1 or more
 */
public record CaseNumber(int year, long sequence) {

    /** The prefix of this regency's (Penajam Paser Utara's) numbers. */
    public static final String PREFIX = "PPU";
    /** The sequence's minimum width; longer sequences take more digits. */
    static final int SEQUENCE_DIGITS = 7;

    /** Seven digits, or more without a leading zero, so that every number has one spelling. */
    private static final Pattern FORMAT =
            Pattern.compile("^" + PREFIX + "-([1-9][0-9]{3})-([0-9]{7}|[1-9][0-9]{7,17})$");
    /** This regency's prefix and a dash, then digits and dashes: what a typed number starts with. */
    private static final Pattern START = Pattern.compile("^" + PREFIX + "-[0-9-]*$", Pattern.CASE_INSENSITIVE);
    /** Any regency's prefix (letters), a dash, a digit, then digits and dashes. */
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z]{2,8}-[0-9][0-9-]*$");

    public CaseNumber {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("A case number's year has four digits: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("A case number's sequence starts at 1: " + sequence);
        }
    }

    /** The number of a case submitted at {@code submittedAt}: its year is the WITA year. */
    public static CaseNumber of(Instant submittedAt, long sequence) {
        return new CaseNumber(submittedAt.atZone(Wita.ZONE).getYear(), sequence);
    }

    /** The number {@code text} spells, if it is one of this regency's ({@link #format()} exactly). */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long sequence = Long.parseLong(m.group(2));
        return sequence < 1 ? Optional.empty() : Optional.of(new CaseNumber(Integer.parseInt(m.group(1)), sequence));
    }

    /** Whether {@code text} is a whole case number of this regency, as {@link #format()} writes it. */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /**
     * Whether {@code text} is the start of one of this regency's numbers, in any letter case
     * ("ppu-2024-00"): a search for it walks the case-number index in order.
     */
    public static boolean isStart(String text) {
        return text != null && START.matcher(text.strip()).matches();
    }

    /**
     * Whether {@code text} has the shape of any regency's case number or of the start of one: a
     * prefix of letters, a dash and digits ("PPU-2024-0001234", "PPU-2024"). Such text names no
     * person, so unlike a NIK or a name it may be kept in a bookmarkable URL.
     */
    public static boolean hasShape(String text) {
        return text != null && SHAPE.matcher(text.strip()).matches();
    }

    /** {@code PPU-2024-0001234}. */
    public String format() {
        String digits = Long.toString(sequence);
        StringBuilder sb = new StringBuilder(PREFIX.length() + 6 + Math.max(digits.length(), SEQUENCE_DIGITS))
                .append(PREFIX)
                .append('-')
                .append(year)
                .append('-');
        for (int i = digits.length(); i < SEQUENCE_DIGITS; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
