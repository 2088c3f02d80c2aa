package id.ppu.dukcapil.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case fixture: inserts hand-made cases straight into the tables for tests that need known
 * data, and removes test cases again.
 *
 * <p>One clean-up convention for every test sharing the run's database: a test's cases are the
 * rows one SQL condition selects, and {@link #deleteWhere} removes them with everything hanging
 * on them (the requests merged into them, their history, channels and messages). Cases inserted
 * here carry a per-class case-number prefix, so {@link #deleteAll()} is
 * {@code deleteWhere("case_number like 'PREFIX-%'")}; cases a test creates through the services
 * are selected by what the test gave them (an external id prefix, a NIK serial, a phone prefix).
 */
public final class TestCases {

    private static final AtomicLong SEQ = new AtomicLong(1);
    private static final AtomicLong NIK_SEQ = new AtomicLong();
    private static final ZoneOffset WITA = ZoneOffset.ofHours(8);
    /** The applicant name of every bare case row; answers that must carry no personal data never contain it. */
    public static final String BARE_CASE_NAME = "Analitik Uji";

    private final JdbcClient jdbc;
    private final String prefix;

    public TestCases(JdbcClient jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /**
     * A structurally valid NIK (district 64.09.04, a woman born in the 1980s or 1990s) that no
     * other call returns: the database allows one open case per NIK and service, so fixtures that
     * need many open cases give each its own citizen.
     */
    public static String anyNik() {
        long n = NIK_SEQ.getAndIncrement();
        return String.format(
                "640904%02d01%02d%04d", 41 + (int) (n / 9999 / 20 % 28), 80 + (int) (n / 9999 % 20), 1 + n % 9999);
    }

    /** Inserts one case with its CREATED event and returns its case number. */
    public String insert(
            String channel,
            String service,
            String status,
            String nik,
            String name,
            String villageCode,
            Instant submittedAt) {
        String number = nextNumber();
        String district = villageCode.substring(0, 8);
        Long id = jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                    district_code, submitted_at, updated_at, completed_at)
                values (:n, :ch, :svc, :st, :nik, :name, :v, :d, :at, :at, :done) returning id""")
                .param("n", number)
                .param("ch", channel)
                .param("svc", service)
                .param("st", status)
                .param("nik", nik)
                .param("name", name)
                .param("v", villageCode)
                .param("d", district)
                .param("at", Timestamp.from(submittedAt))
                .param(
                        "done",
                        status.equals("COMPLETED") || status.equals("REJECTED")
                                ? Timestamp.from(submittedAt.plusSeconds(86400))
                                : null)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into case_event (case_id, occurred_at, actor, type, to_status) values (:id, :at, 'test', 'CREATED', :st)")
                .param("id", id)
                .param("at", Timestamp.from(submittedAt))
                .param("st", status)
                .update();
        return number;
    }

    /**
     * Inserts a bare case row as a COPY load would (no history; the rollup triggers see it), of a
     * citizen of its own, submitted at a WITA wall-clock time and closed {@code after} later (null:
     * still open); returns its id.
     */
    public long insert(
            String channel,
            String service,
            String status,
            String villageCode,
            LocalDateTime submittedWita,
            Duration after) {
        return insert(channel, service, status, villageCode, submittedWita, after, null);
    }

    /** As {@link #insert(String, String, String, String, LocalDateTime, Duration)}, merged into case {@code mergedInto}. */
    public long insert(
            String channel,
            String service,
            String status,
            String villageCode,
            LocalDateTime submittedWita,
            Duration after,
            Long mergedInto) {
        Timestamp submitted = Timestamp.from(submittedWita.toInstant(WITA));
        Timestamp completed =
                after == null ? null : Timestamp.from(submittedWita.plus(after).toInstant(WITA));
        return jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                    district_code, submitted_at, updated_at, completed_at, merged_into_id)
                values (:n, :ch, :svc, :st, :nik, :name, :v, :d, :at, :at, :done, :merged)
                returning id""")
                .param("n", nextNumber())
                .param("nik", anyNik())
                .param("name", BARE_CASE_NAME)
                .param("ch", channel)
                .param("svc", service)
                .param("st", status)
                .param("v", villageCode)
                .param("d", villageCode.substring(0, 8))
                .param("at", submitted)
                .param("done", completed)
                .param("merged", mergedInto)
                .query(Long.class)
                .single();
    }

    /** Deletes every case this fixture's prefix created, with everything hanging on them. */
    public void deleteAll() {
        deleteWhere(jdbc, "case_number like '" + prefix + "-%'");
    }

    /**
     * Deletes the cases {@code where} selects (an SQL condition on service_case), the requests
     * merged into them, and their history, channels and WhatsApp messages.
     */
    public static void deleteWhere(JdbcClient jdbc, String where) {
        String ids = "(select id from service_case where " + where + ")";
        String withMerged = "(select id from service_case where " + where + " or merged_into_id in " + ids + ")";
        jdbc.sql("delete from case_event where case_id in " + withMerged).update();
        jdbc.sql("delete from inbound_message where case_id in " + withMerged).update();
        jdbc.sql("delete from service_case where merged_into_id in " + ids).update();
        jdbc.sql("delete from service_case where " + where).update();
    }

    private String nextNumber() {
        return prefix + "-" + String.format("%06d", SEQ.getAndIncrement());
    }
}
