package id.ppu.dukcapil.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened on the office's WhatsApp in a span of time, as aggregates for the head's figures
 * (analytics): the residents' waits for a clerk's answer, the messages to residents by kind and
 * status, their failures, opt-outs. No personal data leaves: times, counts and error codes only.
 * A district narrows conversations and messages to the cases of that district (Kemendagri code,
 * the case's own or its village's); opt-outs belong to no district.
 */
@Service
@Transactional(readOnly = true)
public class WhatsAppActivity {

    /** The district of the case {@code c}, as the analytics rollups have it. */
    private static final String CASE_DISTRICT = "coalesce(c.district_code, left(c.village_code, 8), '')";

    private final JdbcClient jdbc;

    WhatsAppActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A resident's wait for a clerk's answer.
     *
     * @param from       the resident's message that started it
     * @param answeredAt when the clerk's reply that ended it was written, or null
     * @param inTriage   whether its case is still in triage
     */
    public record Wait(Instant from, Instant answeredAt, boolean inTriage) {}

    /** Messages to residents of one kind that reached one status. */
    public record KindStatusCount(OutboundKind kind, OutboundStatus status, long messages) {}

    /** Failed messages with one error code (Meta's, or http.&lt;status&gt;, timeout, io; "-" if none was given). */
    public record ErrorCount(String code, long messages) {}

    /**
     * The waits that started in [{@code from}, {@code to}). A conversation is a case that began in
     * the triage queue (its CREATED event says TRIAGE; a complete request registered at once waits
     * for no answer), with the resident's messages linked to it. A wait starts with a message when
     * nothing of the resident's is waiting already: the conversation's first message, or the first
     * after a clerk's reply ({@link OutboundKind#REPLY}, whatever became of it); it ends with the
     * next reply. Within a conversation the messages that share the same next reply (or none) form
     * one wait, so every message of a conversation is read, also those before {@code from}.
     */
    public List<Wait> waits(Instant from, Instant to, String districtCode) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", Timestamp.from(from));
        p.put("to", Timestamp.from(to));
        String district = "";
        if (districtCode != null) {
            district = " and " + CASE_DISTRICT + " = :district";
            p.put("district", districtCode);
        }
        return jdbc.sql("""
                        with messages as (
                            select m.id, m.case_id, m.received_at, c.status = 'TRIAGE' as in_triage,
                                   (select min(o.created_at) from outbound_message o
                                    where o.case_id = m.case_id and o.kind = 'REPLY' and o.created_at >= m.received_at) as answered_at
                            from inbound_message m join service_case c on c.id = m.case_id
                            where m.case_id in (select case_id from inbound_message
                                                where received_at >= :from and received_at < :to and case_id is not null)
                              and exists (select 1 from case_event e
                                          where e.case_id = m.case_id and e.type = 'CREATED' and e.to_status = 'TRIAGE')""" + district + """
                        ),
                        ordered as (
                            select *, row_number() over w as n, lag(answered_at) over w as previous_answer
                            from messages window w as (partition by case_id order by received_at, id))
                        select received_at, answered_at, in_triage from ordered
                        where (n = 1 or previous_answer is distinct from answered_at)
                          and received_at >= :from and received_at < :to
                        order by received_at, id""")
                .params(p)
                .query((rs, i) -> new Wait(
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("answered_at") == null
                                ? null
                                : rs.getTimestamp("answered_at").toInstant(),
                        rs.getBoolean("in_triage")))
                .list();
    }

    /** Messages to residents of {@code kinds} queued in [{@code from}, {@code to}), per kind and status (the furthest reached). */
    public List<KindStatusCount> messages(Instant from, Instant to, String districtCode, Set<OutboundKind> kinds) {
        Map<String, Object> p = new HashMap<>();
        String where = messagesWhere(from, to, districtCode, kinds, p);
        return jdbc.sql("select m.kind, m.status, count(*) as n from outbound_message m left join service_case c"
                        + " on c.id = m.case_id where " + where + " group by 1, 2 order by 1, 2")
                .params(p)
                .query((rs, i) -> new KindStatusCount(
                        OutboundKind.valueOf(rs.getString("kind")),
                        OutboundStatus.valueOf(rs.getString("status")),
                        rs.getLong("n")))
                .list();
    }

    /** The failed ones among {@link #messages}, per error code, most frequent first. */
    public List<ErrorCount> failures(Instant from, Instant to, String districtCode, Set<OutboundKind> kinds) {
        Map<String, Object> p = new HashMap<>();
        String where = messagesWhere(from, to, districtCode, kinds, p);
        return jdbc.sql("select coalesce(m.last_error_code, '-') as code, count(*) as n from outbound_message m"
                        + " left join service_case c on c.id = m.case_id where m.status = 'FAILED' and " + where
                        + " group by 1 order by 2 desc, 1")
                .params(p)
                .query((rs, i) -> new ErrorCount(rs.getString("code"), rs.getLong("n")))
                .list();
    }

    /**
     * Numbers that opted out in [{@code from}, {@code to}): their BERHENTI as the intake keeps it,
     * a text answered by itself and stored without a case. The match is {@link ResidentCommand}'s:
     * the whole text, any case, any spacing.
     */
    public long optOuts(Instant from, Instant to) {
        return jdbc.sql("""
                        select count(distinct sender) from inbound_message
                        where case_id is null and message_type = 'text' and received_at >= :from and received_at < :to
                          and upper(btrim(regexp_replace(body, '\\s+', ' ', 'g'))) = 'BERHENTI'""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Long.class)
                .single();
    }

    /** Numbers opted out now (BERHENTI and no MULAI since). */
    public long optedOutNow() {
        return jdbc.sql("select count(*) from whatsapp_opt_out")
                .query(Long.class)
                .single();
    }

    private static String messagesWhere(
            Instant from, Instant to, String districtCode, Set<OutboundKind> kinds, Map<String, Object> p) {
        p.put("kinds", kinds.stream().map(Enum::name).toList());
        p.put("from", Timestamp.from(from));
        p.put("to", Timestamp.from(to));
        String where = "m.kind in (:kinds) and m.created_at >= :from and m.created_at < :to";
        if (districtCode != null) {
            where += " and " + CASE_DISTRICT + " = :district";
            p.put("district", districtCode);
        }
        return where;
    }
}
