package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.Wita;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only audit trail: reads of personal data and administrative acts, each with who and
 * when. Entries name a case by id and number and an account by its username, never a resident's
 * personal data (subjects and details are technical: usernames, key names, modes, dates). The
 * table refuses updates and deletes (V8).
 */
@Service
public class AuditTrail {

    /** Detail of a read entry: the reader saw the personal data in full. */
    public static final String FULL = "FULL";
    /** Detail of a read entry: the reader saw the personal data masked (head of office, planner). */
    public static final String MASKED = "MASKED";
    /** Details of a failed sign-in: stable codes, shown in the user's language by the audit view. */
    public static final String UNKNOWN_ACCOUNT = "unknown account";

    public static final String WRONG_PASSWORD = "wrong password";
    public static final String ACCOUNT_DISABLED = "account disabled";
    public static final String ACCOUNT_LOCKED = "account locked";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that the current user opened a case's personal data, full or masked as the current
     * user's roles show it. See {@link #caseRead(AuditKind, long, String, boolean)}.
     */
    @Transactional
    public void caseRead(AuditKind kind, long caseId, String caseNumber) {
        caseRead(kind, caseId, caseNumber, currentUser.canSeePersonalData());
    }

    /**
     * Records that the current user opened a case's personal data; {@code full} says whether it
     * was shown in full or masked. Every opening is recorded, masked ones too: a masked screen
     * still shows that the user looked at this resident's case.
     *
     * <p>The entry joins the transaction that reads (its own if there is none), so the data and
     * its entry commit together and a read that fails records nothing. It deliberately does not
     * take a transaction of its own: that would hold a second pooled connection while the read
     * holds the first, and as many simultaneous openings as the pool has connections would wait
     * for each other until the pool gives up. An audited read therefore must not run in a
     * read-only transaction (PostgreSQL refuses the insert there); this fails loudly instead.
     */
    @Transactional
    public void caseRead(AuditKind kind, long caseId, String caseNumber, boolean full) {
        requireWritable(kind);
        insert(currentUser.username(), kind, caseId, caseNumber, null, full ? FULL : MASKED);
    }

    /**
     * Records that the current user opened one item of a case's personal data in full (a resident's
     * photo); {@code subject} names the item technically (a message id), never by its content. Joins
     * the reading transaction like {@link #caseRead(AuditKind, long, String, boolean)}.
     */
    @Transactional
    public void caseItemRead(AuditKind kind, Long caseId, String caseNumber, String subject) {
        requireWritable(kind);
        insert(currentUser.username(), kind, caseId, caseNumber, subject, FULL);
    }

    /**
     * Records that the current user read personal data beyond one case (an export); joins the
     * reading transaction like {@link #caseRead(AuditKind, long, String, boolean)}.
     */
    @Transactional
    public void read(AuditKind kind, String subject, String detail) {
        requireWritable(kind);
        insert(currentUser.username(), kind, null, null, subject, detail);
    }

    /**
     * Records an administrative act by the current user in the caller's transaction: if the act
     * rolls back, so does its entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(AuditKind kind, String subject, String detail) {
        insert(currentUser.username(), kind, null, null, subject, detail);
    }

    /**
     * Records an event whose actor is not the signed-in user (a sign-in attempt names the account
     * tried); own transaction, so a failed sign-in is recorded although nothing else commits.
     * That transaction takes a pooled connection of its own: call it outside other transactions.
     * The actor is stored as accounts are looked up (trimmed, lower case), so the user filter finds it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void event(String actor, AuditKind kind, String subject, String detail) {
        String account = actor == null || actor.isBlank() ? "?" : actor.strip().toLowerCase(Locale.ROOT);
        insert(account, kind, null, null, subject, detail);
    }

    /** One page of entries, newest first (administrators only). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRow> page(AuditFilter filter, Pageable page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.actor() != null) {
            where.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.caseNumber() != null) {
            where.add("case_number = :caseNumber");
            params.put("caseNumber", filter.caseNumber());
        }
        if (!filter.kinds().isEmpty()) {
            where.add("kind in (:kinds)");
            params.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put(
                    "from", Timestamp.from(filter.from().atStartOfDay(Wita.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(
                            filter.to().plusDays(1).atStartOfDay(Wita.ZONE).toInstant()));
        }
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        String sql = "select id, occurred_at, actor, kind, case_id, case_number, subject, detail from audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by occurred_at desc, id desc limit :limit offset :offset";
        return jdbc.sql(sql)
                .params(params)
                .query((rs, i) -> new AuditRow(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        AuditKind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("case_id"),
                        rs.getString("case_number"),
                        rs.getString("subject"),
                        rs.getString("detail")))
                .list();
    }

    private void insert(String actor, AuditKind kind, Long caseId, String caseNumber, String subject, String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, kind, case_id, case_number, subject, detail)
                values (:at, :actor, :kind, :caseId, :caseNumber, :subject, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", truncate(actor, 100))
                .param("kind", kind.name())
                .param("caseId", caseId)
                .param("caseNumber", caseNumber)
                .param("subject", truncate(subject, 200))
                .param("detail", truncate(detail, 1000))
                .update();
    }

    private static void requireWritable(AuditKind kind) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException(
                    "An audited read (" + kind + ") runs in a read-only transaction: make it read-write");
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
