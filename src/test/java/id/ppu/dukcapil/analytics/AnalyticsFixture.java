package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.support.TestCases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts cases straight into the table, as the intake API or a COPY load would (so the rollup
 * triggers see them), with a per-class case-number prefix; deletes them again.
 */
final class AnalyticsFixture {

    private static final AtomicLong SEQ = new AtomicLong(1);
    private static final ZoneOffset WITA = ZoneOffset.ofHours(8);

    private final JdbcClient jdbc;
    private final String prefix;

    AnalyticsFixture(JdbcClient jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /** A case submitted at a WITA wall-clock time, closed {@code after} later (null: still open); returns its id. */
    long insert(String channel, String service, String status, String villageCode, LocalDateTime submittedWita,
            Duration after) {
        return insert(channel, service, status, villageCode, submittedWita, after, null);
    }

    long insert(String channel, String service, String status, String villageCode, LocalDateTime submittedWita,
            Duration after, Long mergedInto) {
        String number = prefix + "-" + String.format("%06d", SEQ.getAndIncrement());
        Timestamp submitted = Timestamp.from(submittedWita.toInstant(WITA));
        Timestamp completed = after == null ? null : Timestamp.from(submittedWita.plus(after).toInstant(WITA));
        return jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                    district_code, submitted_at, updated_at, completed_at, merged_into_id)
                values (:n, :ch, :svc, :st, :nik, 'Analitik Uji', :v, :d, :at, :at, :done, :merged)
                returning id""")
                .param("n", number).param("nik", TestCases.anyNik()).param("ch", channel).param("svc", service).param("st", status)
                .param("v", villageCode).param("d", villageCode.substring(0, 8)).param("at", submitted)
                .param("done", completed).param("merged", mergedInto)
                .query(Long.class).single();
    }

    /** Deletes every case this fixture's prefix created (merged ones first). */
    void deleteAll() {
        jdbc.sql("delete from case_event where case_id in (select id from service_case where case_number like :p)")
                .param("p", prefix + "-%").update();
        jdbc.sql("delete from service_case where case_number like :p and merged_into_id is not null").param("p", prefix + "-%").update();
        jdbc.sql("delete from service_case where case_number like :p").param("p", prefix + "-%").update();
    }
}
