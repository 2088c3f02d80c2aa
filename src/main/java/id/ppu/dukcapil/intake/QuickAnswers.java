package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's quick answers ("jawaban cepat"): texts per service, or general ones, that a clerk
 * picks when replying to a resident and edits before sending. Administrators add, change,
 * deactivate and delete them; every change names the version it was made on (a change made
 * meanwhile by someone else is refused, to be reloaded) and is recorded in the audit trail. The
 * answers marked as a service's requirements are what residents get for {@code SYARAT <service>}
 * ({@link RequirementTexts}).
 */
@Service
public class QuickAnswers {

    private static final String COLUMNS =
            "id, service_type, title, body, sort_order, active, requirements, updated_by, updated_at, version";
    /** Services in their usual order, general answers last; then the administrator's order. */
    private static final Comparator<QuickAnswer> ORDER = Comparator.comparing((QuickAnswer a) -> a.serviceType() == null
                    ? Integer.MAX_VALUE
                    : a.serviceType().ordinal())
            .thenComparingInt(QuickAnswer::sortOrder)
            .thenComparingLong(QuickAnswer::id);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    QuickAnswers(JdbcClient jdbc, CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every quick answer, active or not, by service (general ones last) and order: the administrator's list. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<QuickAnswer> all() {
        return jdbc.sql("select " + COLUMNS + " from quick_answer").query(QuickAnswers::row).list().stream()
                .sorted(ORDER)
                .toList();
    }

    /** The active quick answers, by service (general ones last) and order: what a clerk may pick. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PETUGAS')")
    public List<QuickAnswer> usable() {
        return jdbc
                .sql("select " + COLUMNS + " from quick_answer where active")
                .query(QuickAnswers::row)
                .list()
                .stream()
                .sorted(ORDER)
                .toList();
    }

    /**
     * Adds a quick answer; recorded in the audit trail.
     *
     * @throws QuickAnswerException if the draft breaks a rule ({@link QuickAnswerDraft#problem()}) or
     *                              the service already has an answer of that title
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public QuickAnswer create(QuickAnswerDraft draft) {
        check(draft);
        requireUniqueTitle(draft, null);
        long id;
        try {
            id = jdbc.sql("""
                    insert into quick_answer
                        (service_type, title, body, sort_order, active, requirements, updated_by, updated_at)
                    values (:service, :title, :body, :sortOrder, :active, :requirements, :who, :now)
                    returning id""").params(values(draft)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            // Another administrator added the same title a moment ago.
            throw duplicate(draft);
        }
        QuickAnswer created = find(id).orElseThrow();
        audit.change(AuditKind.QUICK_ANSWER_CREATED, subject(created), describe(created));
        return created;
    }

    /**
     * Changes a quick answer as it was at {@code version} (deactivating it is a change of
     * {@code active}); recorded in the audit trail with the fields that changed.
     *
     * @throws QuickAnswerException if the draft breaks a rule, the service already has another
     *                              answer of that title, someone changed the answer since
     *                              {@code version}, or it was deleted
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public QuickAnswer update(long id, long version, QuickAnswerDraft draft) {
        check(draft);
        QuickAnswer before = lockedAt(id, version);
        requireUniqueTitle(draft, id);
        int updated;
        try {
            updated = jdbc.sql("""
                    update quick_answer set service_type = :service, title = :title, body = :body,
                        sort_order = :sortOrder, active = :active, requirements = :requirements,
                        updated_by = :who, updated_at = :now, version = version + 1
                    where id = :id and version = :version""")
                    .params(values(draft))
                    .param("id", id)
                    .param("version", version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(draft);
        }
        if (updated != 1) {
            // Not expected under the row lock taken above; refused rather than audited as a change that was not made.
            throw new QuickAnswerException(null, "quickAnswer.error.conflict", before.title(), before.updatedBy());
        }
        QuickAnswer after = find(id).orElseThrow();
        audit.change(AuditKind.QUICK_ANSWER_CHANGED, subject(after), changes(before, after));
        return after;
    }

    /**
     * Deletes a quick answer as it was at {@code version}; recorded in the audit trail.
     *
     * @throws QuickAnswerException if someone changed the answer since {@code version}, or it was
     *                              deleted already
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id, long version) {
        QuickAnswer before = lockedAt(id, version);
        jdbc.sql("delete from quick_answer where id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .update();
        audit.change(AuditKind.QUICK_ANSWER_DELETED, subject(before), describe(before));
    }

    private static void check(QuickAnswerDraft draft) {
        Optional<QuickAnswerException> problem = draft.problem();
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    /** The answer, locked until the transaction ends, if it is still at {@code version}. */
    private QuickAnswer lockedAt(long id, long version) {
        QuickAnswer current = jdbc.sql("select " + COLUMNS + " from quick_answer where id = :id for update")
                .param("id", id)
                .query(QuickAnswers::row)
                .optional()
                .orElseThrow(() -> new QuickAnswerException(null, "quickAnswer.error.gone"));
        if (current.version() != version) {
            throw new QuickAnswerException(null, "quickAnswer.error.conflict", current.title(), current.updatedBy());
        }
        return current;
    }

    private void requireUniqueTitle(QuickAnswerDraft draft, Long except) {
        boolean taken = jdbc.sql("""
                select exists (select 1 from quick_answer
                               where coalesce(service_type, '') = coalesce(:service, '')
                                 and lower(title) = lower(:title) and id <> :except)""")
                .param(
                        "service",
                        draft.getServiceType() == null
                                ? null
                                : draft.getServiceType().name())
                .param("title", draft.getTitle().strip())
                .param("except", except == null ? -1L : except)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw duplicate(draft);
        }
    }

    private static QuickAnswerException duplicate(QuickAnswerDraft draft) {
        return new QuickAnswerException(
                "title", "quickAnswer.error.duplicate", draft.getTitle().strip());
    }

    private Map<String, Object> values(QuickAnswerDraft d) {
        Map<String, Object> v = new HashMap<>();
        v.put("service", d.getServiceType() == null ? null : d.getServiceType().name());
        v.put("title", d.getTitle().strip());
        v.put("body", d.getBody().strip());
        v.put("sortOrder", d.getSortOrder());
        v.put("active", d.isActive());
        v.put("requirements", d.isRequirements());
        v.put("who", currentUser.username());
        v.put("now", Timestamp.from(clock.instant()));
        return v;
    }

    private Optional<QuickAnswer> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from quick_answer where id = :id")
                .param("id", id)
                .query(QuickAnswers::row)
                .optional();
    }

    /** The audit entry's subject: which answer (no personal data in either). */
    private static String subject(QuickAnswer a) {
        return "quick answer " + a.id() + " ("
                + (a.serviceType() == null ? "general" : a.serviceType().name()) + "): " + a.title();
    }

    private static String describe(QuickAnswer a) {
        return "order " + a.sortOrder() + ", " + (a.active() ? "active" : "inactive")
                + (a.requirements() ? ", requirements" : "") + ", " + a.body().length() + " characters";
    }

    /** The fields that changed, with old and new value where they are short. */
    private static String changes(QuickAnswer before, QuickAnswer after) {
        List<String> changed = new ArrayList<>();
        if (before.serviceType() != after.serviceType()) {
            changed.add("service " + name(before.serviceType()) + " → " + name(after.serviceType()));
        }
        if (!before.title().equals(after.title())) {
            changed.add("title " + before.title() + " → " + after.title());
        }
        if (!before.body().equals(after.body())) {
            changed.add("text " + before.body().length() + " → " + after.body().length() + " characters");
        }
        if (before.sortOrder() != after.sortOrder()) {
            changed.add("order " + before.sortOrder() + " → " + after.sortOrder());
        }
        if (before.active() != after.active()) {
            changed.add(after.active() ? "activated" : "deactivated");
        }
        if (before.requirements() != after.requirements()) {
            changed.add("requirements " + before.requirements() + " → " + after.requirements());
        }
        return changed.isEmpty() ? "no change" : String.join("; ", changed);
    }

    private static String name(ServiceType s) {
        return s == null ? "general" : s.name();
    }

    private static QuickAnswer row(ResultSet rs, int i) throws SQLException {
        String service = rs.getString("service_type");
        return new QuickAnswer(
                rs.getLong("id"),
                service == null ? null : ServiceType.valueOf(service),
                rs.getString("title"),
                rs.getString("body"),
                rs.getInt("sort_order"),
                rs.getBoolean("active"),
                rs.getBoolean("requirements"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
