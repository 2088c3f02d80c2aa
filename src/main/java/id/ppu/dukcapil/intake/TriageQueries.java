package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * waiting first, with what the citizen sent: texts, photos and documents (captions and media
 * ids), locations, replies. Paged in SQL. Messages are personal data:
 * clerks only.
 */
@Service
@Transactional(readOnly = true)
public class TriageQueries {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    TriageQueries(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** One page of the queue, the longest waiting first, each case with its latest message of whatever type. */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<TriageRow> page(Pageable page) {
        return jdbc.sql("""
                select c.id, c.case_number, c.version, c.submitted_at, c.phone, c.applicant_name, c.service_type, c.nik,
                       n.messages, m.received_at, m.sender_name, m.message_type, m.body, m.media_id, m.mime_type, m.file_name,
                       m.detail, m.latitude, m.longitude
                from service_case c
                left join lateral (select count(*) as messages from inbound_message where case_id = c.id) n on true
                left join lateral (
                    select * from inbound_message where case_id = c.id order by received_at desc, id desc limit 1) m on true
                where c.status = 'TRIAGE'
                order by c.submitted_at, c.id
                limit :limit offset :offset""")
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, i) -> {
                    String service = rs.getString("service_type");
                    return new TriageRow(
                            rs.getLong("id"),
                            rs.getString("case_number"),
                            rs.getLong("version"),
                            rs.getTimestamp("submitted_at").toInstant(),
                            rs.getString("phone"),
                            rs.getString("applicant_name"),
                            service == null ? null : ServiceType.valueOf(service),
                            rs.getString("nik"),
                            rs.getInt("messages"),
                            rs.getTimestamp("received_at") == null ? null : message(rs));
                })
                .list();
    }

    /** Cases waiting in triage (a small number: the queue is worked daily). */
    @PreAuthorize("hasRole('PETUGAS')")
    public long count() {
        return jdbc.sql("select count(*) from service_case where status = 'TRIAGE'")
                .query(Long.class)
                .single();
    }

    /** The messages of one case, oldest first, of every type; each reading is recorded in the audit trail. */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public List<TriageMessage> messagesOf(long caseId) {
        List<TriageMessage> messages =
                jdbc.sql("""
                select received_at, sender_name, message_type, body, media_id, mime_type, file_name, detail, latitude, longitude
                from inbound_message where case_id = :id order by received_at, id""").param("id", caseId).query((rs, i) -> message(rs)).list();
        String caseNumber = jdbc.sql("select case_number from service_case where id = :id")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .orElse(null);
        audit.caseRead(AuditKind.TRIAGE_CONVERSATION_VIEWED, caseId, caseNumber, true);
        return messages;
    }

    /** A message of a row that has the columns of inbound_message. */
    static TriageMessage message(ResultSet rs) throws SQLException {
        return new TriageMessage(
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("sender_name"),
                rs.getString("message_type"),
                rs.getString("body"),
                rs.getString("media_id"),
                rs.getString("mime_type"),
                rs.getString("file_name"),
                rs.getString("detail"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class));
    }

    /**
     * A NIK the citizen wrote in one of the messages (the newest first), to pre-fill the clerk's
     * form; the clerk still checks it.
     */
    public Optional<String> nikMentioned(List<TriageMessage> messages) {
        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        for (int i = messages.size() - 1; i >= 0; i--) {
            Optional<String> nik =
                    WhatsAppTextParser.nikMentioned(messages.get(i).body(), today);
            if (nik.isPresent()) {
                return nik;
            }
        }
        return Optional.empty();
    }
}
