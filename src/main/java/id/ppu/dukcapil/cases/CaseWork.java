package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.security.UserService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on which case: a clerk takes a case ("Ambil"), releases it or hands it to a colleague.
 * Each move is one conditional UPDATE, so of two clerks taking the same case at the same moment
 * exactly one gets it and the other is told who was faster; each is in the case's history and the
 * audit trail. Holding a case does not change its version: a colleague's open form stays valid.
 */
@Service
public class CaseWork {

    private static final String OPEN = "status not in ('COMPLETED', 'REJECTED', 'MERGED')";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final AuditTrail audit;

    CaseWork(JdbcClient jdbc, CurrentUser currentUser, UserService users, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * The current clerk takes the case. {@code expectedHolder} is who the clerk saw holding it:
     * null for a free case; a colleague's username to take it over after confirming.
     *
     * @throws CaseHeldException if someone else holds it (or took it meanwhile): ask, then call again with that holder
     * @throws CaseException     {@code case.error.closed} if the case is closed
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void take(long caseId, String expectedHolder) {
        String me = currentUser.username();
        Instant now = clock.instant();
        Held before = held(caseId);
        if (me.equals(before.holder())) {
            return;
        }
        int updated = jdbc.sql("""
                update service_case set holder = :me, held_since = :now
                where id = :id and %s and holder is not distinct from :expected""".formatted(OPEN))
                .param("me", me)
                .param("now", Timestamp.from(now))
                .param("id", caseId)
                .param("expected", expectedHolder)
                .update();
        if (updated == 0) {
            refuse(caseId, me);
        }
        String detail = expectedHolder == null ? "→ " + me : expectedHolder + " → " + me;
        record(caseId, before.number(), "TAKEN", AuditKind.CASE_TAKEN, detail, now);
    }

    /** The current clerk lets go of a case they hold. */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void release(long caseId) {
        String me = currentUser.username();
        Instant now = clock.instant();
        Held before = held(caseId);
        int updated = jdbc.sql(
                        "update service_case set holder = null, held_since = null where id = :id and holder = :me")
                .param("id", caseId)
                .param("me", me)
                .update();
        if (updated == 0) {
            throw new CaseException("case.error.notHolder", before.number());
        }
        record(caseId, before.number(), "RELEASED", AuditKind.CASE_RELEASED, me + " →", now);
    }

    /**
     * Hands a case the current clerk holds (or a free one) to a colleague, an enabled clerk.
     *
     * @throws CaseException {@code case.error.unknownClerk} if {@code colleague} is no active clerk,
     *                       {@code case.error.notHolder} if someone else holds the case
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void handOver(long caseId, String colleague) {
        String me = currentUser.username();
        Held before = held(caseId);
        if (!users.isActive(colleague, Role.PETUGAS)) {
            throw new CaseException("case.error.unknownClerk", colleague == null ? "" : colleague);
        }
        if (colleague.equals(before.holder())) {
            return;
        }
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update service_case set holder = :to, held_since = :now
                where id = :id and %s and (holder = :me or holder is null)""".formatted(OPEN))
                .param("to", colleague)
                .param("now", Timestamp.from(now))
                .param("id", caseId)
                .param("me", me)
                .update();
        if (updated == 0) {
            Held now2 = held(caseId);
            if (now2.closed()) {
                throw new CaseException("case.error.closed", now2.number());
            }
            throw new CaseException("case.error.notHolder", now2.number());
        }
        record(
                caseId,
                before.number(),
                "HANDED_OVER",
                AuditKind.CASE_HANDED_OVER,
                (before.holder() == null ? "" : before.holder() + " ") + "→ " + colleague,
                now);
    }

    /** The clerks a case can be handed to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PETUGAS')")
    public List<String> colleagues() {
        return users.activeUsernames(Role.PETUGAS).stream()
                .filter(u -> !Objects.equals(u, currentUser.username()))
                .toList();
    }

    private void refuse(long caseId, String me) {
        Held now = held(caseId);
        if (now.closed()) {
            throw new CaseException("case.error.closed", now.number());
        }
        throw new CaseHeldException(now.number(), now.holder() == null ? "-" : now.holder());
    }

    private Held held(long caseId) {
        return jdbc.sql("select case_number, holder, " + OPEN + " as open from service_case where id = :id")
                .param("id", caseId)
                .query((rs, i) -> new Held(rs.getString("case_number"), rs.getString("holder"), !rs.getBoolean("open")))
                .optional()
                .orElseThrow(() -> new CaseNotFoundException(String.valueOf(caseId)));
    }

    private void record(long caseId, String number, String type, AuditKind kind, String detail, Instant now) {
        jdbc.sql(
                        "insert into case_event (case_id, occurred_at, actor, type, detail) values (:id, :at, :who, :type, :d)")
                .param("id", caseId)
                .param("at", Timestamp.from(now))
                .param("who", currentUser.username())
                .param("type", type)
                .param("d", detail)
                .update();
        audit.change(kind, number, detail);
    }

    private record Held(String number, String holder, boolean closed) {}
}
