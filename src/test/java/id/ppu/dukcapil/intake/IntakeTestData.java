package id.ppu.dukcapil.intake;

/** NIKs for intake tests (clean-up is {@code support.TestCases.deleteWhere}). */
public final class IntakeTestData {

    private IntakeTestData() {}

    /** A valid PPU NIK: district 01-04, a woman born on {@code day}/{@code month}/19{@code yy}, with a serial. */
    public static String nik(int district, int day, int month, int yy, int serial) {
        return String.format("64090%d%02d%02d%02d%04d", district, day + 40, month, yy, serial);
    }
}
