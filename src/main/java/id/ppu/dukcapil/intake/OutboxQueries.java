package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' view of the outbox ("Pesan Keluar"): every message with its status, its
 * attempts and its last error, paged in SQL, newest first. Phone numbers and texts are personal
 * data: each page and each opened message is recorded in the audit trail.
 */
@Service
public class OutboxQueries {

    private final OutboxStore store;
    private final WhatsAppSending settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    OutboxQueries(OutboxStore store, WhatsAppSending settings, CurrentUser currentUser, AuditTrail audit) {
        this.store = store;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether sending is on, and if not why, for the screens. */
    public record SendingState(boolean enabled, String offReasonKey) {}

    /** Sending on, or off with the i18n key of the reason ({@code outbox.off.token}, ...). No data in it. */
    public SendingState sendingState() {
        return new SendingState(
                settings.enabled(),
                settings.offReason().map(r -> "outbox.off." + r).orElse(null));
    }

    /** One page of messages of the given statuses (all if empty), newest first. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboundMessageRow> page(Set<OutboundStatus> statuses, Pageable page) {
        boolean full = currentUser.canSeePersonalData();
        List<OutboundMessageRow> rows =
                store.page(statuses, page).stream().map(m -> row(m, full)).toList();
        audit.read(
                AuditKind.OUTBOUND_MESSAGES_VIEWED,
                "outbox "
                        + (statuses.isEmpty()
                                ? "all"
                                : statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                        + " offset " + page.getOffset(),
                full ? AuditTrail.FULL : AuditTrail.MASKED);
        return rows;
    }

    /** One message with its text or template parameters; the opening is recorded in the audit trail. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<OutboundMessageDetails> details(long messageId) {
        Optional<OutboxStore.Stored> found = store.find(messageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OutboxStore.Stored m = found.get();
        boolean full = currentUser.canSeePersonalData();
        if (m.caseId() != null) {
            audit.caseRead(AuditKind.OUTBOUND_MESSAGES_VIEWED, m.caseId(), m.caseNumber(), full);
        } else {
            audit.read(
                    AuditKind.OUTBOUND_MESSAGES_VIEWED,
                    "outbound_message " + m.id(),
                    full ? AuditTrail.FULL : AuditTrail.MASKED);
        }
        OutboundContent.Template t = m.content() instanceof OutboundContent.Template x ? x : null;
        String text = m.content() instanceof OutboundContent.Text x ? x.body() : null;
        return Optional.of(new OutboundMessageDetails(
                row(m, full),
                full ? text : null,
                t == null ? null : t.name(),
                t == null ? null : t.language(),
                t == null || !full ? List.of() : t.parameters(),
                m.waMessageId(),
                m.createdBy(),
                m.sentAt(),
                m.deliveredAt(),
                m.readAt()));
    }

    private static OutboundMessageRow row(OutboxStore.Stored m, boolean full) {
        return new OutboundMessageRow(
                m.id(),
                m.createdAt(),
                m.kind(),
                m.caseNumber(),
                full ? m.recipient() : WhatsAppNumbers.masked(m.recipient()),
                m.content() instanceof OutboundContent.Template t ? t.name() : null,
                m.status(),
                m.attempts(),
                m.nextAttemptAt(),
                m.lastErrorCode(),
                m.lastErrorText(),
                m.updatedAt());
    }
}
