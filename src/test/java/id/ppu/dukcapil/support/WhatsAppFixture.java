package id.ppu.dukcapil.support;

import id.ppu.dukcapil.base.Wita;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-made WhatsApp conversations straight into the tables: cases that began in triage, the
 * residents' messages, the office's messages with the status each reached, opt-outs. Every row
 * carries the fixture's prefix (case numbers, message ids, idempotency keys) or its numbers
 * ({@code numbers} followed by two digits), so that {@link #deleteAll()} removes exactly them.
 */
public final class WhatsAppFixture {

    private final JdbcClient jdbc;
    private final String prefix;
    private final String numbers;
    private final AtomicInteger seq = new AtomicInteger();

    /**
     * @param prefix  upper-case letters, e.g. WAFG: case numbers WAFG-000001, message ids wamid.WAFG-1, keys wafg-1
     * @param numbers the first nine digits of every WhatsApp number, e.g. 628110009
     */
    public WhatsAppFixture(JdbcClient jdbc, String prefix, String numbers) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.numbers = numbers;
    }

    /** The fixture's WhatsApp number ending in {@code two} digits. */
    public String number(int two) {
        return numbers + String.format("%02d", two);
    }

    /**
     * A WhatsApp case that began in triage (its CREATED event says TRIAGE) and is now in
     * {@code status}; one that left triage did so three days after it began.
     *
     * @param village its village, or null (most questions name none)
     */
    public long triageCase(String village, String status, Instant submitted) {
        boolean complete = !status.equals("TRIAGE");
        long id = insertCase(village, status, complete ? "KIA" : null, complete, submitted);
        event(id, submitted, "CREATED", null, "TRIAGE");
        if (complete) {
            event(id, submitted.plus(Duration.ofDays(3)), "STATUS_CHANGED", "TRIAGE", status);
        }
        return id;
    }

    /** A WhatsApp case registered at once from a complete request: it never was in triage. */
    public long directRequest(Instant submitted) {
        long id = insertCase(null, "SUBMITTED", "KTP", true, submitted);
        event(id, submitted, "CREATED", null, "SUBMITTED");
        return id;
    }

    /** A resident's text message to the case (null: answered by itself, as BERHENTI or STATUS are), from {@code sender}. */
    public void inbound(Long caseId, Instant at, String body, String sender) {
        jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, message_type, body, received_at, case_id)
                values ('WHATSAPP', :id, :sender, 'text', :body, :at, :c)""")
                .param("id", "wamid." + prefix + "-" + seq.incrementAndGet())
                .param("sender", sender)
                .param("body", body)
                .param("at", Timestamp.from(at))
                .param("c", caseId)
                .update();
    }

    /** A resident's text message to the case, from the fixture's number 98. */
    public void inbound(long caseId, Instant at, String body) {
        inbound(caseId, at, body, number(98));
    }

    /** A clerk's reply queued at {@code at}, now in {@code status} (with {@code errorCode} if FAILED). */
    public void reply(long caseId, Instant at, String status, String errorCode) {
        outbound(caseId, "REPLY", at, status, errorCode);
    }

    /** A message of {@code kind} (CASE_READY, SELF_SERVICE_ANSWER, ...) queued at {@code at}, now in {@code status}. */
    public void outbound(long caseId, String kind, Instant at, String status, String errorCode) {
        jdbc.sql("""
                insert into outbound_message (idempotency_key, case_id, recipient, kind, body, status, attempts,
                    next_attempt_at, last_error_code, created_by, created_at, updated_at)
                values (:key, :c, :to, :kind, 'Pesan uji', :status, 1, :at, :code, 'petugas', :at, :at)""")
                .param("key", prefix.toLowerCase(Locale.ROOT) + "-" + seq.incrementAndGet())
                .param("c", caseId)
                .param("to", number(98))
                .param("kind", kind)
                .param("status", status)
                .param("code", errorCode)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** {@code waId} is opted out since {@code at}. */
    public void optedOut(String waId, Instant at) {
        jdbc.sql("insert into whatsapp_opt_out (wa_id, opted_out_at) values (:w, :at)")
                .param("w", waId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Removes every row of the fixture. */
    public void deleteAll() {
        jdbc.sql("delete from outbound_message where idempotency_key like :k")
                .param("k", prefix.toLowerCase(Locale.ROOT) + "-%")
                .update();
        jdbc.sql("delete from inbound_message where message_id like :m")
                .param("m", "wamid." + prefix + "-%")
                .update();
        jdbc.sql("delete from whatsapp_opt_out where wa_id like :w")
                .param("w", numbers + "%")
                .update();
        TestCases.deleteWhere(jdbc, "case_number like '" + prefix + "-%'");
    }

    /** A WITA wall-clock time. */
    public static Instant wita(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(Wita.ZONE)
                .toInstant();
    }

    private long insertCase(String village, String status, String service, boolean known, Instant submitted) {
        long id = jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, phone,
                    village_code, district_code, submitted_at, updated_at)
                values (:n, 'WHATSAPP', :svc, :st, :nik, :name, :phone, :v, :d, :at, :at) returning id""")
                .param("n", prefix + "-" + String.format("%06d", seq.incrementAndGet()))
                .param("svc", service)
                .param("st", status)
                .param("nik", known ? TestCases.anyNik() : null)
                .param("name", known ? TestCases.BARE_CASE_NAME : null)
                .param("phone", number(98))
                .param("v", village)
                .param("d", village == null ? null : village.substring(0, 8))
                .param("at", Timestamp.from(submitted))
                .query(Long.class)
                .single();
        return id;
    }

    private void event(long caseId, Instant at, String type, String from, String to) {
        jdbc.sql("""
                insert into case_event (case_id, occurred_at, actor, type, from_status, to_status)
                values (:c, :at, 'whatsapp', :type, :from, :to)""")
                .param("c", caseId)
                .param("at", Timestamp.from(at))
                .param("type", type)
                .param("from", from)
                .param("to", to)
                .update();
    }
}
