package id.ppu.dukcapil.intake;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores inbound WhatsApp messages once per message id, and links each to its case. */
@Repository
class InboundMessages {

    private final JdbcClient jdbc;

    InboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a message unless one with its id exists (a redelivery); returns the new row's id. */
    Optional<Long> insertIfNew(InboundText m) {
        return jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, sender_name, message_type, body, received_at)
                values ('WHATSAPP', :id, :sender, :name, 'text', :body, :at)
                on conflict (channel, message_id) do nothing returning id""")
                .param("id", m.messageId()).param("sender", m.from()).param("name", truncate(m.profileName(), 200))
                .param("body", truncate(m.body(), 8000)).param("at", Timestamp.from(m.at()))
                .query(Long.class).optional();
    }

    void link(long messageRowId, long caseId) {
        jdbc.sql("update inbound_message set case_id = :case where id = :id").param("case", caseId).param("id", messageRowId)
                .update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
