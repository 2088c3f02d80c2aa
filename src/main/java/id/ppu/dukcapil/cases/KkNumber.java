package id.ppu.dukcapil.cases;

import java.time.LocalDate;

/** A family-card (KK) number: region (6) + issue date DDMMYY + family serial (4). */
public record KkNumber(String value, String regionCode, LocalDate issuedOn) {

    /**
     * Parses a KK number.
     *
     * @throws InvalidIdentityNumberException with a reason key when the structure is wrong
     */
    public static KkNumber parse(String raw, LocalDate today) {
        String v = raw == null ? "" : raw.strip();
        if (!v.matches("^[0-9]{16}$")) {
            throw new InvalidIdentityNumberException("kk.error.format");
        }
        int province = Integer.parseInt(v.substring(0, 2));
        if (province < 11 || province > 96 || v.substring(2, 4).equals("00")) {
            throw new InvalidIdentityNumberException("kk.error.region");
        }
        LocalDate issued = Nik.birthDate(
                Integer.parseInt(v.substring(6, 8)),
                Integer.parseInt(v.substring(8, 10)),
                Integer.parseInt(v.substring(10, 12)),
                today);
        if (issued == null) {
            throw new InvalidIdentityNumberException("kk.error.date");
        }
        if (v.substring(12).equals("0000")) {
            throw new InvalidIdentityNumberException("kk.error.serial");
        }
        return new KkNumber(v, v.substring(0, 2) + "." + v.substring(2, 4) + "." + v.substring(4, 6), issued);
    }
}
