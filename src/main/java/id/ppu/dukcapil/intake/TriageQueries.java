package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.Wita;
import id.ppu.dukcapil.cases.ServiceType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerks' triage queue: cases that arrived without enough data (WhatsApp messages), oldest
 * waiting first, with the texts the citizen sent. Paged in SQL. Messages are personal data:
 * clerks only.
 */
@Service
@Transactional(readOnly = true)
public class TriageQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    TriageQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the queue, the longest waiting first. */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<TriageRow> page(Pageable page) {
        return jdbc.sql("""
                select c.id, c.case_number, c.version, c.submitted_at, c.phone, c.applicant_name, c.service_type, c.nik,
                       m.messages, m.last_body, m.last_at
                from service_case c
                left join lateral (
                    select count(*) as messages, max(received_at) as last_at,
                           (array_agg(body order by received_at desc, id desc))[1] as last_body
                    from inbound_message where case_id = c.id) m on true
                where c.status = 'TRIAGE'
                order by c.submitted_at, c.id
                limit :limit offset :offset""")
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, i) -> {
                    String service = rs.getString("service_type");
                    Timestamp last = rs.getTimestamp("last_at");
                    return new TriageRow(rs.getLong("id"), rs.getString("case_number"), rs.getLong("version"),
                            rs.getTimestamp("submitted_at").toInstant(), rs.getString("phone"), rs.getString("applicant_name"),
                            service == null ? null : ServiceType.valueOf(service), rs.getString("nik"), rs.getInt("messages"),
                            rs.getString("last_body"), last == null ? null : last.toInstant());
                }).list();
    }

    /** Cases waiting in triage (a small number: the queue is worked daily). */
    @PreAuthorize("hasRole('PETUGAS')")
    public long count() {
        return jdbc.sql("select count(*) from service_case where status = 'TRIAGE'").query(Long.class).single();
    }

    /** The messages of one case, oldest first. */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<TriageMessage> messagesOf(long caseId) {
        return jdbc.sql("""
                select received_at, sender_name, body from inbound_message where case_id = :id order by received_at, id""")
                .param("id", caseId)
                .query((rs, i) -> new TriageMessage(rs.getTimestamp("received_at").toInstant(), rs.getString("sender_name"),
                        rs.getString("body"))).list();
    }

    /**
     * A NIK the citizen wrote in one of the messages (the newest first), to pre-fill the clerk's
     * form; the clerk still checks it.
     */
    public Optional<String> nikMentioned(List<TriageMessage> messages) {
        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        for (int i = messages.size() - 1; i >= 0; i--) {
            Optional<String> nik = WhatsAppTextParser.nikMentioned(messages.get(i).body(), today);
            if (nik.isPresent()) {
                return nik;
            }
        }
        return Optional.empty();
    }
}
