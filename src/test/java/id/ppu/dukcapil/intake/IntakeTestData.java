package id.ppu.dukcapil.intake;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cleanup for intake tests sharing the run's database: deletes the cases a condition selects,
 * the requests merged into them, their history, channels and messages.
 */
public final class IntakeTestData {

    private IntakeTestData() {
    }

    /** Deletes the cases {@code where} selects (an SQL condition on service_case) and everything hanging on them. */
    public static void deleteCases(JdbcClient jdbc, String where) {
        String ids = "(select id from service_case where " + where + ")";
        String withMerged = "(select id from service_case where " + where + " or merged_into_id in " + ids + ")";
        jdbc.sql("delete from case_event where case_id in " + withMerged).update();
        jdbc.sql("delete from inbound_message where case_id in " + withMerged).update();
        jdbc.sql("delete from service_case where merged_into_id in " + ids).update();
        jdbc.sql("delete from service_case where " + where).update();
    }

    /** A valid PPU NIK: district 01-04, a woman born on {@code day}/{@code month}/19{@code yy}, with a serial. */
    public static String nik(int district, int day, int month, int yy, int serial) {
        return String.format("64090%d%02d%02d%02d%04d", district, day + 40, month, yy, serial);
    }
}
