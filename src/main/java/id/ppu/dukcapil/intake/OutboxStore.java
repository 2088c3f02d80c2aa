package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: inserting once per idempotency key, claiming the next due message with
 * {@code FOR UPDATE SKIP LOCKED} (two instances never claim the same row), recording what became
 * of an attempt only while the attempt still holds its claim, and delivery statuses that only ever
 * move a message forward.
 */
@Repository
class OutboxStore {

    /** The order statuses move in (see {@link OutboundStatus#rank()}), for SQL. */
    private static final String RANKS = "array['PENDING', 'SENDING', 'SENT', 'FAILED', 'DELIVERED', 'READ']";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OutboxStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A message claimed by a worker for one attempt; {@code attempt} fences what the worker may record. */
    record Claimed(long id, String key, String recipient, OutboundKind kind, OutboundContent content, int attempt) {}

    /**
     * Inserts the message unless its key exists; the id of the message with that key either way.
     *
     * @param status PENDING (to be sent), or SKIPPED (kept, never sent: the resident opted out)
     */
    long insertIfNew(
            String key,
            Long caseId,
            String recipient,
            OutboundKind kind,
            OutboundContent content,
            String createdBy,
            Instant now,
            OutboundStatus status) {
        String body = content instanceof OutboundContent.Text t ? t.body() : null;
        OutboundContent.Template template = content instanceof OutboundContent.Template t ? t : null;
        Optional<Long> id = jdbc.sql("""
                insert into outbound_message (idempotency_key, case_id, recipient, kind, body, template_name, template_language,
                    template_params, status, next_attempt_at, created_by, created_at, updated_at)
                values (:key, :caseId, :recipient, :kind, :body, :name, :language, cast(:params as jsonb), :status, :now,
                    :createdBy, :now, :now)
                on conflict (idempotency_key) do nothing returning id""")
                .param("key", key)
                .param("caseId", caseId)
                .param("recipient", recipient)
                .param("kind", kind.name())
                .param("body", body)
                .param("name", template == null ? null : template.name())
                .param("language", template == null ? null : template.language())
                .param("params", template == null ? null : write(template.parameters()))
                .param("createdBy", createdBy)
                .param("now", Timestamp.from(now))
                .param("status", status.name())
                .query(Long.class)
                .optional();
        return id.orElseGet(() -> jdbc.sql("select id from outbound_message where idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single());
    }

    /**
     * Claims the next due message (pending and due, or claimed by a worker whose lease has run out)
     * and counts the attempt; other workers skip rows locked by this one and never see it due again
     * before {@code leaseUntil}. Runs in the caller's transaction, which should commit at once.
     */
    Optional<Claimed> claimNext(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                with next as (
                    select id from outbound_message
                    where (status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and lease_until <= :now)
                    order by next_attempt_at, id
                    limit 1
                    for update skip locked)
                update outbound_message m set status = 'SENDING', attempts = m.attempts + 1, lease_until = :leaseUntil,
                    updated_at = :now
                from next where m.id = next.id
                returning m.id, m.idempotency_key, m.recipient, m.kind, m.body, m.template_name, m.template_language,
                    m.template_params::text as template_params, m.attempts""")
                .param("now", Timestamp.from(now))
                .param("leaseUntil", Timestamp.from(leaseUntil))
                .query((rs, i) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("idempotency_key"),
                        rs.getString("recipient"),
                        OutboundKind.valueOf(rs.getString("kind")),
                        content(rs),
                        rs.getInt("attempts")))
                .optional();
    }

    /**
     * Records Meta's acceptance. If a delivery status overtook the answer (it found the message by
     * its key), the message keeps that status and only gains the id.
     *
     * @return whether this attempt still held the claim
     */
    boolean markSent(Claimed c, String waMessageId, Instant now) {
        int updated = jdbc.sql("""
                update outbound_message set status = 'SENT', wa_message_id = :wamid, lease_until = null, sent_at = :now,
                    last_error_code = null, last_error_text = null, updated_at = :now
                where id = :id and status = 'SENDING' and attempts = :attempt""")
                .param("wamid", waMessageId)
                .param("now", Timestamp.from(now))
                .param("id", c.id())
                .param("attempt", c.attempt())
                .update();
        if (updated == 1) {
            return true;
        }
        jdbc.sql("""
                update outbound_message set wa_message_id = coalesce(wa_message_id, :wamid), sent_at = coalesce(sent_at, :now)
                where id = :id and attempts = :attempt and status not in ('PENDING', 'SENDING')""")
                .param("wamid", waMessageId)
                .param("now", Timestamp.from(now))
                .param("id", c.id())
                .param("attempt", c.attempt())
                .update();
        return false;
    }

    /** Puts the message back for another attempt at {@code next}; whether this attempt still held the claim. */
    boolean markRetry(Claimed c, String code, String text, Instant next, Instant now) {
        return jdbc.sql("""
                update outbound_message set status = 'PENDING', lease_until = null, next_attempt_at = :next,
                    last_error_code = :code, last_error_text = :text, updated_at = :now
                where id = :id and status = 'SENDING' and attempts = :attempt""")
                        .param("next", Timestamp.from(next))
                        .param("code", code)
                        .param("text", text)
                        .param("now", Timestamp.from(now))
                        .param("id", c.id())
                        .param("attempt", c.attempt())
                        .update()
                == 1;
    }

    /** Gives the message up; whether this attempt still held the claim. */
    boolean markFailed(Claimed c, String code, String text, Instant now) {
        return jdbc.sql("""
                update outbound_message set status = 'FAILED', lease_until = null, last_error_code = :code,
                    last_error_text = :text, updated_at = :now
                where id = :id and status = 'SENDING' and attempts = :attempt""")
                        .param("code", code)
                        .param("text", text)
                        .param("now", Timestamp.from(now))
                        .param("id", c.id())
                        .param("attempt", c.attempt())
                        .update()
                == 1;
    }

    /**
     * Applies a delivery status to the message with its wa_message_id, or, while Meta's answer has
     * not been recorded yet (or was lost), to the message with its key; only ever forward.
     *
     * @return the messages changed (0 or 1)
     */
    int applyStatus(DeliveryStatus s, OutboundStatus to, Instant now) {
        Instant at = s.at() == null ? now : s.at();
        return jdbc.sql("""
                update outbound_message set status = :status, wa_message_id = coalesce(wa_message_id, :wamid),
                    lease_until = null, sent_at = coalesce(sent_at, :at),
                    delivered_at = case when :status in ('DELIVERED', 'READ') then coalesce(delivered_at, :at) else delivered_at end,
                    read_at = case when :status = 'READ' then coalesce(read_at, :at) else read_at end,
                    last_error_code = case when :status = 'FAILED' then :code else last_error_code end,
                    last_error_text = case when :status = 'FAILED' then :text else last_error_text end,
                    updated_at = :now
                where (wa_message_id = :wamid or (wa_message_id is null and idempotency_key = :key))
                  and array_position(""" + RANKS + ", status) < array_position(" + RANKS + ", cast(:status as text))")
                .param("status", to.name())
                .param("wamid", s.waMessageId())
                .param("at", Timestamp.from(at))
                .param("code", s.errorCode() == null ? "failed" : s.errorCode())
                .param("text", s.errorText())
                .param("now", Timestamp.from(now))
                .param("key", s.callbackData())
                .update();
    }

    /** Puts a FAILED message back in the queue, due at once, as new; whether it was FAILED. */
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                update outbound_message set status = 'PENDING', attempts = 0, next_attempt_at = :now, wa_message_id = null,
                    sent_at = null, delivered_at = null, read_at = null, updated_at = :now
                where id = :id and status = 'FAILED'""").param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** One page of messages, newest first, of the given statuses (all if empty). */
    List<Stored> page(Set<OutboundStatus> statuses, Pageable page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!statuses.isEmpty()) {
            where.add("m.status in (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        return jdbc.sql(SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by m.created_at desc, m.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> stored(rs))
                .list();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " where m.id = :id")
                .param("id", id)
                .query((rs, i) -> stored(rs))
                .optional();
    }

    Optional<Stored> findByKey(String key) {
        return jdbc.sql(SELECT + " where m.idempotency_key = :key")
                .param("key", key)
                .query((rs, i) -> stored(rs))
                .optional();
    }

    /** The messages of one case, oldest first. */
    List<Stored> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where m.case_id = :caseId order by m.created_at, m.id")
                .param("caseId", caseId)
                .query((rs, i) -> stored(rs))
                .list();
    }

    /** A message as stored, with its case's number. */
    record Stored(
            long id,
            String key,
            Long caseId,
            String caseNumber,
            String recipient,
            OutboundKind kind,
            OutboundContent content,
            OutboundStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant leaseUntil,
            String lastErrorCode,
            String lastErrorText,
            String waMessageId,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant sentAt,
            Instant deliveredAt,
            Instant readAt) {}

    private static final String SELECT = """
            select m.id, m.idempotency_key, m.case_id, c.case_number, m.recipient, m.kind, m.body, m.template_name,
                m.template_language, m.template_params::text as template_params, m.status, m.attempts, m.next_attempt_at,
                m.lease_until, m.last_error_code, m.last_error_text, m.wa_message_id, m.created_by, m.created_at, m.updated_at,
                m.sent_at, m.delivered_at, m.read_at
            from outbound_message m left join service_case c on c.id = m.case_id""";

    private Stored stored(ResultSet rs) throws SQLException {
        return new Stored(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getObject("case_id", Long.class),
                rs.getString("case_number"),
                rs.getString("recipient"),
                OutboundKind.valueOf(rs.getString("kind")),
                content(rs),
                OutboundStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                instant(rs, "lease_until"),
                rs.getString("last_error_code"),
                rs.getString("last_error_text"),
                rs.getString("wa_message_id"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "sent_at"),
                instant(rs, "delivered_at"),
                instant(rs, "read_at"));
    }

    private OutboundContent content(ResultSet rs) throws SQLException {
        String name = rs.getString("template_name");
        if (name == null) {
            return new OutboundContent.Text(rs.getString("body"));
        }
        try {
            return new OutboundContent.Template(
                    name, rs.getString("template_language"), json.readValue(rs.getString("template_params"), STRINGS));
        } catch (IOException e) {
            throw new IllegalStateException("template_params is a JSON array of strings (V15)", e);
        }
    }

    private String write(List<String> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (IOException e) {
            throw new IllegalStateException("A list of strings always serialises", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
