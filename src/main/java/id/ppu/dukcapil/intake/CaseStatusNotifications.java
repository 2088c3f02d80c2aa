package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseStatusChanged;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells residents on WhatsApp where their request stands when a clerk moves a case of any channel
 * that carries a mobile number to NEEDS_CORRECTION (what to fix), WAITING_IN_PERSON (what to
 * bring, office hours), READY (where to collect), COMPLETED or REJECTED (the reason). The message
 * is queued in the status change's own transaction (a plain synchronous listener, not an
 * after-commit one): it goes out if and only if the change commits. Its idempotency key names the
 * change's history entry, so a second delivery of the same change queues nothing. Each
 * notification, or why none went out, is recorded in the case's history.
 */
@Component
class CaseStatusNotifications {

    private static final Logger log = LoggerFactory.getLogger(CaseStatusNotifications.class);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<CaseStatus, OutboundKind> KINDS = Map.of(
            CaseStatus.NEEDS_CORRECTION, OutboundKind.CASE_NEEDS_CORRECTION,
            CaseStatus.WAITING_IN_PERSON, OutboundKind.CASE_WAITING_IN_PERSON,
            CaseStatus.READY, OutboundKind.CASE_READY,
            CaseStatus.COMPLETED, OutboundKind.CASE_COMPLETED,
            CaseStatus.REJECTED, OutboundKind.CASE_REJECTED);

    private final OutboundMessages outbox;
    private final OutboxStore store;
    private final CustomerServiceWindow window;
    private final WhatsAppSending settings;
    private final CaseService cases;
    private final RequirementTexts requirements;
    private final String officeHours;
    private final String collectionPoint;

    CaseStatusNotifications(
            OutboundMessages outbox,
            OutboxStore store,
            CustomerServiceWindow window,
            WhatsAppSending settings,
            CaseService cases,
            RequirementTexts requirements,
            @Value("${app.whatsapp.notifications.office-hours}") String officeHours,
            @Value("${app.whatsapp.notifications.collection-point}") String collectionPoint) {
        this.outbox = outbox;
        this.store = store;
        this.window = window;
        this.settings = settings;
        this.cases = cases;
        this.requirements = requirements;
        this.officeHours = officeHours;
        this.collectionPoint = collectionPoint;
    }

    /** The idempotency key of the notification of one status change. */
    static String key(long caseId, long eventId) {
        return "status:" + caseId + ":" + eventId;
    }

    @EventListener
    void on(CaseStatusChanged change) {
        OutboundKind kind = KINDS.get(change.to());
        if (kind == null || WhatsAppNumbers.waId(change.phone()).isEmpty()) {
            return;
        }
        String key = key(change.caseId(), change.eventId());
        if (store.findByKey(key).isPresent()) {
            return;
        }
        String detail = detail(change);
        Optional<OutboundContent> content = content(kind, change, detail);
        if (content.isEmpty()) {
            // Outside the 24-hour window with no approved template: the change still commits; the history says why.
            cases.recordNotification(change.caseId(), "WhatsApp " + kind + ": not sent (window closed, no template)");
            log.info("Case {}: no {} notification (window closed, no template)", change.caseId(), kind);
            return;
        }
        long id = outbox.enqueue(key, change.caseId(), change.phone(), kind, content.get());
        boolean skipped = store.findByKey(key)
                .map(m -> m.status() == OutboundStatus.SKIPPED)
                .orElse(false);
        cases.recordNotification(
                change.caseId(),
                "WhatsApp " + kind + ": " + (skipped ? "skipped, opted out" : "queued") + " (outbound message " + id
                        + ")");
    }

    private String detail(CaseStatusChanged change) {
        return switch (change.to()) {
            case NEEDS_CORRECTION, REJECTED ->
                change.comment() == null ? ResidentTexts.text("resident.notify.noComment") : change.comment();
            case WAITING_IN_PERSON ->
                // What to bring: the service's requirements as the administrator keeps them (quick answers, V22).
                Optional.ofNullable(change.serviceType())
                        .flatMap(requirements::of)
                        .orElseGet(() -> ResidentTexts.text("resident.notify.bringUnknown"));
            case READY -> collectionPoint;
            default -> "-";
        };
    }

    private Optional<OutboundContent> content(OutboundKind kind, CaseStatusChanged change, String detail) {
        String service = ResidentTexts.service(change.serviceType());
        if (window.stateFor(change.phone()).mode() == CustomerServiceWindow.Mode.FREE_TEXT) {
            String text = ResidentTexts.text(
                            "resident.notify." + kind.name(), change.caseNumber(), service, detail, officeHours)
                    + ResidentTexts.footer();
            return Optional.of(new OutboundContent.Text(
                    text.length() <= OutboundContent.MAX_TEXT ? text : text.substring(0, OutboundContent.MAX_TEXT)));
        }
        // Checked here rather than through CustomerServiceWindow.contentFor, whose exception would roll the change
        // back.
        return settings.templateFor(kind)
                .map(t -> new OutboundContent.Template(
                        t.name(), t.language(), List.of(change.caseNumber(), service, parameter(detail))));
    }

    private static String parameter(String s) {
        String oneLine = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return oneLine.length() <= OutboundContent.Template.MAX_PARAMETER
                ? oneLine
                : oneLine.substring(0, OutboundContent.Template.MAX_PARAMETER);
    }
}
