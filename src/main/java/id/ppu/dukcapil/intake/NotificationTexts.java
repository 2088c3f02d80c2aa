package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.outreach.UpcomingVisit;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of the status notifications (table {@code notification_text}, V23): read and changed
 * by administrators, reset to their defaults, previewed for a sample case, and filled in for a
 * real case when a notification goes out. A change is validated ({@link PlaceholderText}),
 * refused if someone else changed the text since it was read, and recorded in the audit trail.
 * The opt-out line ("Balas BERHENTI ...") is not part of a text: every message gets it.
 */
@Service
public class NotificationTexts {

    private static final String SELECT =
            "select kind, body, default_body, version, updated_by, updated_at from notification_text";
    /** A case number is PPU-yyyy-nnnnnnn; room for a longer prefix. */
    private static final int LONGEST_CASE_NUMBER = 20;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String officeHours;
    private final String collectionPoint;
    private final RequirementTexts requirements;

    NotificationTexts(
            JdbcClient jdbc,
            AuditTrail audit,
            CurrentUser currentUser,
            Clock clock,
            @Value("${app.whatsapp.notifications.office-hours}") String officeHours,
            @Value("${app.whatsapp.notifications.collection-point}") String collectionPoint,
            RequirementTexts requirements) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.officeHours = officeHours;
        this.collectionPoint = collectionPoint;
        this.requirements = requirements;
    }

    /** Every text, in the order of {@link NotificationKind}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<NotificationText> all() {
        return jdbc.sql(SELECT).query((rs, i) -> text(rs)).list().stream()
                .sorted(Comparator.comparing(NotificationText::kind))
                .toList();
    }

    /**
     * Replaces a text, if it is still at {@code expectedVersion}; recorded in the audit trail with
     * the new text. Saving the text it already has changes nothing.
     *
     * @return the text as stored now
     * @throws NotificationTextException if the text breaks a rule ({@link PlaceholderText#validate}),
     *                                   or {@code notificationText.error.conflict} if someone changed it meanwhile
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public NotificationText change(NotificationKind kind, long expectedVersion, String body) {
        String normalised = PlaceholderText.normalise(body);
        validate(kind, normalised);
        return store(kind, expectedVersion, normalised, AuditKind.NOTIFICATION_TEXT_CHANGED);
    }

    /**
     * Puts a text back to its default, if it is still at {@code expectedVersion}; recorded in the
     * audit trail.
     *
     * @return the text as stored now
     * @throws NotificationTextException {@code notificationText.error.conflict} if someone changed it meanwhile
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public NotificationText resetToDefault(NotificationKind kind, long expectedVersion) {
        return store(kind, expectedVersion, find(kind).defaultBody(), AuditKind.NOTIFICATION_TEXT_RESET);
    }

    /**
     * The message a text produces for a sample case (sample number, KTP-el, a sample comment and
     * an outreach visit a week from today), with the opt-out line, as the resident would read it.
     *
     * @throws NotificationTextException if the text breaks a rule, as {@link #change} would refuse it
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String preview(NotificationKind kind, String body) {
        String normalised = PlaceholderText.normalise(body);
        validate(kind, normalised);
        return message(normalised, values(kind, sample(kind)));
    }

    /**
     * The message of {@code kind} for one case: its stored text filled in, with the opt-out line.
     * Runs in the caller's transaction (a status change's).
     */
    String message(NotificationKind kind, NotificationFacts facts) {
        return message(find(kind).body(), values(kind, facts));
    }

    /** What each placeholder of {@code kind} says about one case. */
    Map<Placeholder, String> values(NotificationKind kind, NotificationFacts facts) {
        String noComment = ResidentTexts.text("resident.notify.noComment");
        String comment = facts.comment() == null || facts.comment().isBlank() ? noComment : facts.comment();
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.NOMOR, facts.caseNumber());
        values.put(Placeholder.LAYANAN, ResidentTexts.service(facts.service()));
        values.put(Placeholder.PERBAIKAN, comment);
        values.put(Placeholder.ALASAN, comment);
        // What to bring: the service's requirements as the administrator keeps them (quick answers, V22).
        String bringUnknown = ResidentTexts.text("resident.notify.bringUnknown");
        values.put(
                Placeholder.SYARAT,
                Optional.ofNullable(facts.service()).flatMap(requirements::of).orElse(bringUnknown));
        values.put(Placeholder.JAM_LAYANAN, officeHours);
        values.put(Placeholder.TEMPAT_AMBIL, collectionPoint);
        values.put(Placeholder.KUNJUNGAN, facts.visit() == null ? "-" : ResidentTexts.visit(facts.visit()));
        values.keySet().retainAll(kind.available());
        return values;
    }

    private static String message(String body, Map<Placeholder, String> values) {
        String text = PlaceholderText.render(body, values) + ResidentTexts.footer();
        // Validation keeps the longest message within the limit; the cut guards a text written straight into the table.
        return text.length() <= OutboundContent.MAX_TEXT ? text : text.substring(0, OutboundContent.MAX_TEXT);
    }

    private void validate(NotificationKind kind, String body) {
        PlaceholderText.validate(
                kind,
                body,
                longest(),
                OutboundContent.MAX_TEXT - ResidentTexts.footer().length());
    }

    /** The most characters each placeholder's value can have. */
    private Map<Placeholder, Integer> longest() {
        int noComment = ResidentTexts.text("resident.notify.noComment").length();
        Map<Placeholder, Integer> longest = new EnumMap<>(Placeholder.class);
        longest.put(Placeholder.NOMOR, LONGEST_CASE_NUMBER);
        longest.put(Placeholder.LAYANAN, ResidentTexts.longestService());
        longest.put(Placeholder.PERBAIKAN, Math.max(CaseService.MAX_COMMENT, noComment));
        longest.put(Placeholder.ALASAN, Math.max(CaseService.MAX_COMMENT, noComment));
        // The requirements as they are now: a later, longer quick answer is cut at the limit when sent.
        longest.put(
                Placeholder.SYARAT,
                Math.max(
                        requirements.longest(),
                        ResidentTexts.text("resident.notify.bringUnknown").length()));
        longest.put(Placeholder.JAM_LAYANAN, officeHours.length());
        longest.put(Placeholder.TEMPAT_AMBIL, collectionPoint.length());
        longest.put(Placeholder.KUNJUNGAN, ResidentTexts.MAX_VISIT);
        return longest;
    }

    private NotificationFacts sample(NotificationKind kind) {
        String comment = ResidentTexts.text(
                kind == NotificationKind.REJECTED ? "resident.sample.reason" : "resident.sample.correction");
        UpcomingVisit visit = new UpcomingVisit(
                0,
                LocalDate.now(clock.withZone(Wita.ZONE)).plusWeeks(1),
                ResidentTexts.text("resident.sample.district"),
                List.of(new UpcomingVisit.Village(ResidentTexts.text("resident.sample.village"), true)),
                true);
        return new NotificationFacts(ResidentTexts.text("resident.sample.caseNumber"), ServiceType.KTP, comment, visit);
    }

    private NotificationText store(NotificationKind kind, long expectedVersion, String body, AuditKind auditKind) {
        NotificationText before = find(kind);
        if (before.body().equals(body)) {
            return before;
        }
        int updated = jdbc.sql("""
                update notification_text set body = :body, version = version + 1, updated_by = :who, updated_at = :now
                where kind = :kind and version = :version""")
                .param("body", body)
                .param("who", currentUser.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("kind", kind.name())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new NotificationTextException(
                    "notificationText.error.conflict", kind, find(kind).updatedBy());
        }
        audit.change(auditKind, kind.name(), "v" + expectedVersion + " → v" + (expectedVersion + 1) + ": " + body);
        return find(kind);
    }

    private NotificationText find(NotificationKind kind) {
        return jdbc.sql(SELECT + " where kind = :kind")
                .param("kind", kind.name())
                .query((rs, i) -> text(rs))
                .optional()
                .orElseThrow(
                        () -> new IllegalStateException("V23 stores a text of every kind; " + kind + " is missing"));
    }

    private static NotificationText text(ResultSet rs) throws SQLException {
        return new NotificationText(
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("body"),
                rs.getString("default_body"),
                rs.getLong("version"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
