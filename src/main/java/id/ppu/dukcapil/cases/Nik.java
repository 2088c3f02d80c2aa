package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.MessageKey;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A structurally valid NIK (Nomor Induk Kependudukan): province (2) + regency (2) + district (2)
 * + birth date DDMMYY (day + 40 for women) + serial (4, never 0000). There is no check digit and
 * the region is where the person was first registered, so residence is not checked.
 */
public record Nik(String value, String regionCode, LocalDate birthDate, Sex sex) {

    // Compiled once: imports check a NIK per row.
    private static final Pattern SCIENTIFIC = Pattern.compile("^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+$");
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("^[0-9]{16}$");

    /** Sex as encoded in the NIK's day field. */
    public enum Sex implements MessageKey {
        MALE,
        FEMALE;

        @Override
        public String messageKey() {
            return "sex." + name();
        }
    }

    /**
     * What a NIK tells about its holder on a given day, as forms and the case page show it: the
     * text {@code form.nik.derived} with the sex, the birth date and the age in full years.
     */
    public record Description(Sex sex, LocalDate birthDate, int age) implements MessageKey {

        @Override
        public String messageKey() {
            return "form.nik.derived";
        }
    }

    /**
     * Parses a NIK; the two-digit birth year is resolved to the latest century that does not put
     * the birth after {@code today}.
     *
     * @throws InvalidIdentityNumberException with a reason key when the structure is wrong
     */
    public static Nik parse(String raw, LocalDate today) {
        String v = raw == null ? "" : raw.strip();
        if (SCIENTIFIC.matcher(v).matches()) {
            throw new InvalidIdentityNumberException("nik.error.scientific");
        }
        if (!SIXTEEN_DIGITS.matcher(v).matches()) {
            throw new InvalidIdentityNumberException("nik.error.format");
        }
        int province = Integer.parseInt(v.substring(0, 2));
        if (province < 11 || province > 96) {
            throw new InvalidIdentityNumberException("nik.error.province");
        }
        if (v.substring(2, 4).equals("00") || v.substring(4, 6).equals("00")) {
            throw new InvalidIdentityNumberException("nik.error.region");
        }
        int day = Integer.parseInt(v.substring(6, 8));
        Sex sex = day > 40 ? Sex.FEMALE : Sex.MALE;
        if (sex == Sex.FEMALE) {
            day -= 40;
        }
        LocalDate birth =
                birthDate(day, Integer.parseInt(v.substring(8, 10)), Integer.parseInt(v.substring(10, 12)), today);
        if (birth == null) {
            throw new InvalidIdentityNumberException("nik.error.birthdate");
        }
        if (v.substring(12).equals("0000")) {
            throw new InvalidIdentityNumberException("nik.error.serial");
        }
        return new Nik(v, v.substring(0, 2) + "." + v.substring(2, 4) + "." + v.substring(4, 6), birth, sex);
    }

    /** What this NIK tells about its holder on {@code today}. */
    public Description describe(LocalDate today) {
        return new Description(sex, birthDate, ageOn(today));
    }

    /** What {@code raw} tells about its holder on {@code today}; empty if it is no valid NIK. */
    public static Optional<Description> describe(String raw, LocalDate today) {
        try {
            return Optional.of(parse(raw, today).describe(today));
        } catch (InvalidIdentityNumberException e) {
            return Optional.empty();
        }
    }

    /** Full years of age on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** The NIK with all but the first six and the last two digits hidden. */
    public static String mask(String nik) {
        if (nik == null || nik.length() < 8) {
            return nik;
        }
        return nik.substring(0, 6) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 2);
    }

    static LocalDate birthDate(int day, int month, int yy, LocalDate today) {
        int year = 2000 + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            if (d.isAfter(today)) {
                d = d.minusYears(100);
            }
            return d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
