package id.ppu.dukcapil.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts hand-made cases straight into the tables, with a CREATED event, for tests that need
 * known data. Case numbers carry a per-class prefix so tests sharing the run's database do not
 * see each other's rows.
 */
public final class TestCases {

    private static final AtomicLong SEQ = new AtomicLong(1);
    private static final AtomicLong NIK_SEQ = new AtomicLong();

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
        return String.format("640904%02d01%02d%04d", 41 + (int) (n / 9999 / 20 % 28), 80 + (int) (n / 9999 % 20), 1 + n % 9999);
    }

    /** Inserts one case and returns its case number. */
    public String insert(String channel, String service, String status, String nik, String name, String villageCode,
            Instant submittedAt) {
        String number = prefix + "-" + String.format("%06d", SEQ.getAndIncrement());
        String district = villageCode.substring(0, 8);
        Long id = jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                    district_code, submitted_at, updated_at, completed_at)
                values (:n, :ch, :svc, :st, :nik, :name, :v, :d, :at, :at, :done) returning id""")
                .param("n", number).param("ch", channel).param("svc", service).param("st", status).param("nik", nik)
                .param("name", name).param("v", villageCode).param("d", district)
                .param("at", Timestamp.from(submittedAt))
                .param("done", status.equals("COMPLETED") || status.equals("REJECTED") ? Timestamp.from(submittedAt.plusSeconds(86400)) : null)
                .query(Long.class).single();
        jdbc.sql("insert into case_event (case_id, occurred_at, actor, type, to_status) values (:id, :at, 'test', 'CREATED', :st)")
                .param("id", id).param("at", Timestamp.from(submittedAt)).param("st", status).update();
        return number;
    }

    /** Deletes every case this helper's prefix created, with its history. */
    public void deleteAll() {
        jdbc.sql("delete from case_event where case_id in (select id from service_case where case_number like :p)")
                .param("p", prefix + "-%").update();
        jdbc.sql("delete from service_case where case_number like :p").param("p", prefix + "-%").update();
    }
}
