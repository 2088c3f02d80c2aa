package id.ppu.dukcapil.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The media queue and the stored bytes: queuing a message's media once, claiming the next due one
 * with {@code FOR UPDATE SKIP LOCKED} (two instances never claim the same row), recording what
 * became of an attempt only while the attempt still holds its claim, and reading the bytes back.
 */
@Repository
class MediaStore {

    private final JdbcClient jdbc;

    MediaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Media claimed by a worker for one attempt; {@code attempt} fences what the worker may record. */
    record Claimed(long id, String mediaId, String mimeType, int attempt) {}

    /** Stored bytes with what a reader needs to name and audit them. */
    record Content(long id, byte[] bytes, String mimeType, String messageId, Long caseId, String caseNumber) {}

    /** Queues the media of a stored message, due at once; a second call for the same message changes nothing. */
    void enqueue(long inboundMessageId, String mediaId, String mimeType, Instant now) {
        jdbc.sql("""
                insert into inbound_media (inbound_message_id, media_id, mime_type, status, next_attempt_at, created_at,
                    updated_at)
                values (:message, :media, :mime, 'PENDING', :now, :now, :now)
                on conflict (inbound_message_id) do nothing""")
                .param("message", inboundMessageId)
                .param("media", mediaId)
                .param("mime", mimeType)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Claims the next due media (pending and due, or claimed by a worker whose lease has run out)
     * and counts the attempt. Runs in the caller's transaction, which should commit at once.
     */
    Optional<Claimed> claimNext(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                with next as (
                    select id from inbound_media
                    where (status = 'PENDING' and next_attempt_at <= :now) or (status = 'FETCHING' and lease_until <= :now)
                    order by next_attempt_at, id
                    limit 1
                    for update skip locked)
                update inbound_media m set status = 'FETCHING', attempts = m.attempts + 1, lease_until = :leaseUntil,
                    updated_at = :now
                from next where m.id = next.id
                returning m.id, m.media_id, m.mime_type, m.attempts""")
                .param("now", Timestamp.from(now))
                .param("leaseUntil", Timestamp.from(leaseUntil))
                .query((rs, i) -> new Claimed(
                        rs.getLong("id"), rs.getString("media_id"), rs.getString("mime_type"), rs.getInt("attempts")))
                .optional();
    }

    /**
     * Stores the bytes; {@code mimeType} replaces the message's when Meta named one.
     *
     * @return whether this attempt still held the claim (if not, nothing is stored)
     */
    boolean markStored(Claimed c, byte[] bytes, String mimeType, String sha256, Instant now) {
        int updated = jdbc.sql("""
                update inbound_media set status = 'STORED', lease_until = null, mime_type = coalesce(:mime, mime_type),
                    size_bytes = :size, sha256 = :sha, fetched_at = :now, last_error_code = null, last_error_text = null,
                    updated_at = :now
                where id = :id and status = 'FETCHING' and attempts = :attempt""")
                .param("mime", mimeType)
                .param("size", (long) bytes.length)
                .param("sha", sha256)
                .param("now", Timestamp.from(now))
                .param("id", c.id())
                .param("attempt", c.attempt())
                .update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("insert into inbound_media_content (media_row_id, bytes) values (:id, :bytes)")
                .param("id", c.id())
                .param("bytes", bytes)
                .update();
        return true;
    }

    /** Records that the media is over the limit and is not stored; whether this attempt still held the claim. */
    boolean markTooLarge(Claimed c, Long size, String mimeType, String code, String text, Instant now) {
        return jdbc.sql("""
                update inbound_media set status = 'TOO_LARGE', lease_until = null, size_bytes = :size,
                    mime_type = coalesce(:mime, mime_type), last_error_code = :code, last_error_text = :text,
                    updated_at = :now
                where id = :id and status = 'FETCHING' and attempts = :attempt""")
                        .param("size", size)
                        .param("mime", mimeType)
                        .param("code", code)
                        .param("text", text)
                        .param("now", Timestamp.from(now))
                        .param("id", c.id())
                        .param("attempt", c.attempt())
                        .update()
                == 1;
    }

    /** Puts the media back for another attempt at {@code next}; whether this attempt still held the claim. */
    boolean markRetry(Claimed c, String code, String text, Instant next, Instant now) {
        return jdbc.sql("""
                update inbound_media set status = 'PENDING', lease_until = null, next_attempt_at = :next,
                    last_error_code = :code, last_error_text = :text, updated_at = :now
                where id = :id and status = 'FETCHING' and attempts = :attempt""")
                        .param("next", Timestamp.from(next))
                        .param("code", code)
                        .param("text", text)
                        .param("now", Timestamp.from(now))
                        .param("id", c.id())
                        .param("attempt", c.attempt())
                        .update()
                == 1;
    }

    /** Gives the media up; whether this attempt still held the claim. */
    boolean markFailed(Claimed c, String code, String text, Instant now) {
        return jdbc.sql("""
                update inbound_media set status = 'FAILED', lease_until = null, last_error_code = :code,
                    last_error_text = :text, updated_at = :now
                where id = :id and status = 'FETCHING' and attempts = :attempt""")
                        .param("code", code)
                        .param("text", text)
                        .param("now", Timestamp.from(now))
                        .param("id", c.id())
                        .param("attempt", c.attempt())
                        .update()
                == 1;
    }

    /** The stored bytes of one media, with its message and case; empty unless STORED. */
    Optional<Content> content(long id) {
        return jdbc.sql("""
                select m.id, c.bytes, m.mime_type, im.message_id, im.case_id, sc.case_number
                from inbound_media m
                join inbound_media_content c on c.media_row_id = m.id
                join inbound_message im on im.id = m.inbound_message_id
                left join service_case sc on sc.id = im.case_id
                where m.id = :id and m.status = 'STORED'""")
                .param("id", id)
                .query((rs, i) -> new Content(
                        rs.getLong("id"),
                        rs.getBytes("bytes"),
                        rs.getString("mime_type"),
                        rs.getString("message_id"),
                        rs.getObject("case_id", Long.class),
                        rs.getString("case_number")))
                .optional();
    }
}
