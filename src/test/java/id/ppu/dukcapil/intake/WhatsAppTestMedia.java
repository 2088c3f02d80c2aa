package id.ppu.dukcapil.intake;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets tests outside this package put a received message's media where the fetcher would: stored
 * with its bytes (through {@link MediaStore}, as the fetcher stores them) or too large.
 */
@Component
public class WhatsAppTestMedia {

    private final MediaStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    WhatsAppTestMedia(MediaStore store, JdbcClient jdbc, TransactionTemplate tx) {
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The media of WhatsApp message {@code messageId}, fetched and stored with {@code bytes}. */
    public void stored(String messageId, byte[] bytes, String mimeType) {
        tx.executeWithoutResult(s -> {
            MediaStore.Claimed c = claim(messageId);
            if (!store.markStored(c, bytes, mimeType, MediaClient.sha256(bytes), Instant.now())) {
                throw new IllegalStateException("The claim of " + messageId + " was lost");
            }
        });
    }

    /** The media of WhatsApp message {@code messageId}, declared {@code size} bytes by Meta and not stored. */
    public void tooLarge(String messageId, long size) {
        tx.executeWithoutResult(s ->
                store.markTooLarge(claim(messageId), size, null, "size.declared", "Over the limit", Instant.now()));
    }

    /** Claims exactly this message's media, as {@link MediaStore#claimNext} would claim it. */
    private MediaStore.Claimed claim(String messageId) {
        return jdbc.sql("""
                update inbound_media m set status = 'FETCHING', attempts = m.attempts + 1, lease_until = :lease
                from inbound_message im
                where im.id = m.inbound_message_id and im.message_id = :message and m.status = 'PENDING'
                returning m.id, m.media_id, m.mime_type, m.attempts""")
                .param("message", messageId)
                .param("lease", Timestamp.from(Instant.now().plusSeconds(60)))
                .query((rs, i) -> new MediaStore.Claimed(
                        rs.getLong("id"), rs.getString("media_id"), rs.getString("mime_type"), rs.getInt("attempts")))
                .single();
    }
}
