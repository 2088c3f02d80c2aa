package id.ppu.dukcapil.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores inbound WhatsApp messages of every type once per message id (queuing the media of a photo,
 * a document, a voice note for the {@link MediaFetcher} in the same transaction), and links each
 * to its case; tells when a resident last wrote (the 24-hour customer-service window starts there).
 */
@Repository
class InboundMessages implements LastInboundLookup {

    private final JdbcClient jdbc;
    private final MediaStore media;
    private final Clock clock;

    InboundMessages(JdbcClient jdbc, MediaStore media, Clock clock) {
        this.jdbc = jdbc;
        this.media = media;
        this.clock = clock;
    }

    /**
     * Stores a message unless one with its id exists (a redelivery); returns the new row's id. A
     * message with a media id has its media queued for fetching, in the caller's transaction.
     *
     * @param m a message made {@link InboundText#storable() storable}
     */
    Optional<Long> insertIfNew(InboundText m) {
        Optional<Long> row = jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, sender_name, message_type, body, received_at,
                    media_id, mime_type, file_name, detail, latitude, longitude, intake_problem)
                values ('WHATSAPP', :id, :sender, :name, :type, :body, :at, :media, :mime, :file, :detail, :lat, :lon, :problem)
                on conflict (channel, message_id) do nothing returning id""")
                .param("id", m.messageId())
                .param("sender", m.from())
                .param("name", m.profileName())
                .param("type", m.type())
                .param("body", m.body())
                .param("at", Timestamp.from(m.at()))
                .param("media", m.mediaId())
                .param("mime", m.mimeType())
                .param("file", m.fileName())
                .param("detail", m.detail())
                .param("lat", m.latitude())
                .param("lon", m.longitude())
                .param("problem", m.problem())
                .query(Long.class)
                .optional();
        if (row.isPresent() && m.mediaId() != null && !m.mediaId().isBlank()) {
            media.enqueue(row.get(), m.mediaId(), m.mimeType(), clock.instant());
        }
        return row;
    }

    void link(long messageRowId, long caseId) {
        jdbc.sql("update inbound_message set case_id = :case where id = :id")
                .param("case", caseId)
                .param("id", messageRowId)
                .update();
    }

    @Override
    public Optional<Instant> lastInboundFrom(String waId) {
        return jdbc.sql("""
                select received_at from inbound_message where sender = :sender and channel = 'WHATSAPP'
                order by received_at desc limit 1""")
                .param("sender", waId)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }
}
