package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseStatusChanged;
import id.ppu.dukcapil.outreach.UpcomingVisit;
import id.ppu.dukcapil.outreach.VisitService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells residents on WhatsApp where their request stands when a clerk moves a case of any channel
 * that carries a mobile number to NEEDS_CORRECTION (what to fix), WAITING_IN_PERSON (what to
 * bring; the next planned outreach visit to the resident's district in the coming weeks, or the
 * office hours), READY (where to collect), COMPLETED or REJECTED (the reason), in the texts an
 * administrator keeps ({@link NotificationTexts}). The message is queued in the status change's
 * own transaction (a plain synchronous listener, not an after-commit one): it goes out if and only
 * if the change commits. Its idempotency key names the change's history entry, so a second
 * delivery of the same change queues nothing. Each notification, or why none went out, is
 * recorded in the case's history.
 */
@Component
class CaseStatusNotifications {

    /**
     * How far ahead a planned outreach visit is offered instead of only the office: from tomorrow
     * (a visit today may be over when the message is read) to four weeks from today, WITA.
     */
    static final Period OUTREACH_HORIZON = Period.ofWeeks(4);

    private static final Logger log = LoggerFactory.getLogger(CaseStatusNotifications.class);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final OutboundMessages outbox;
    private final OutboxStore store;
    private final CustomerServiceWindow window;
    private final WhatsAppSending settings;
    private final CaseService cases;
    private final NotificationTexts texts;
    private final VisitService visits;
    private final Clock clock;

    CaseStatusNotifications(
            OutboundMessages outbox,
            OutboxStore store,
            CustomerServiceWindow window,
            WhatsAppSending settings,
            CaseService cases,
            NotificationTexts texts,
            VisitService visits,
            Clock clock) {
        this.outbox = outbox;
        this.store = store;
        this.window = window;
        this.settings = settings;
        this.cases = cases;
        this.texts = texts;
        this.visits = visits;
        this.clock = clock;
    }

    /** The idempotency key of the notification of one status change. */
    static String key(long caseId, long eventId) {
        return "status:" + caseId + ":" + eventId;
    }

    @EventListener
    void on(CaseStatusChanged change) {
        Optional<NotificationKind> notification = NotificationKind.of(change.to());
        if (notification.isEmpty() || WhatsAppNumbers.waId(change.phone()).isEmpty()) {
            return;
        }
        OutboundKind kind = notification.get().outboundKind();
        String key = key(change.caseId(), change.eventId());
        if (store.findByKey(key).isPresent()) {
            return;
        }
        Optional<Content> content = content(notification.get(), change);
        if (content.isEmpty()) {
            // Outside the 24-hour window with no approved template: the change still commits; the history says why.
            cases.recordNotification(change.caseId(), "WhatsApp " + kind + ": not sent (window closed, no template)");
            log.info("Case {}: no {} notification (window closed, no template)", change.caseId(), kind);
            return;
        }
        long id = outbox.enqueue(
                key, change.caseId(), change.phone(), kind, content.get().content());
        boolean skipped = store.findByKey(key)
                .map(m -> m.status() == OutboundStatus.SKIPPED)
                .orElse(false);
        UpcomingVisit visit = content.get().visit();
        cases.recordNotification(
                change.caseId(),
                "WhatsApp " + kind + ": " + (skipped ? "skipped, opted out" : "queued") + " (outbound message " + id
                        + ")" + (visit == null ? "" : ", names the outreach visit of " + visit.date()));
    }

    /** What goes out, and the outreach visit it names (or null). */
    private record Content(OutboundContent content, UpcomingVisit visit) {}

    private Optional<Content> content(NotificationKind kind, CaseStatusChanged change) {
        if (window.stateFor(change.phone()).mode() == CustomerServiceWindow.Mode.FREE_TEXT) {
            UpcomingVisit visit = kind == NotificationKind.WAITING_IN_PERSON ? nextVisit(change) : null;
            NotificationKind told = visit == null ? kind : NotificationKind.WAITING_IN_PERSON_VISIT;
            String text = texts.message(
                    told, new NotificationFacts(change.caseNumber(), change.serviceType(), change.comment(), visit));
            return Optional.of(new Content(new OutboundContent.Text(text), visit));
        }
        // Checked here rather than through CustomerServiceWindow.contentFor, whose exception would roll the change
        // back. An approved template has fixed wording: case number, service and the detail of its kind.
        Map<Placeholder, String> values = texts.values(
                kind, new NotificationFacts(change.caseNumber(), change.serviceType(), change.comment(), null));
        String detail = detail(change.to(), values);
        return settings.templateFor(kind.outboundKind())
                .map(t -> new Content(
                        new OutboundContent.Template(
                                t.name(),
                                t.language(),
                                List.of(change.caseNumber(), values.get(Placeholder.LAYANAN), parameter(detail))),
                        null));
    }

    /** The outreach visit to tell the resident of, or null. */
    private UpcomingVisit nextVisit(CaseStatusChanged change) {
        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        return visits.nextPlannedVisit(
                        change.districtCode(), change.villageCode(), today.plusDays(1), today.plus(OUTREACH_HORIZON))
                .orElse(null);
    }

    private static String detail(CaseStatus to, Map<Placeholder, String> values) {
        return switch (to) {
            case NEEDS_CORRECTION -> values.get(Placeholder.PERBAIKAN);
            case REJECTED -> values.get(Placeholder.ALASAN);
            case WAITING_IN_PERSON -> values.get(Placeholder.SYARAT);
            case READY -> values.get(Placeholder.TEMPAT_AMBIL);
            default -> "-";
        };
    }

    private static String parameter(String s) {
        String oneLine = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return oneLine.length() <= OutboundContent.Template.MAX_PARAMETER
                ? oneLine
                : oneLine.substring(0, OutboundContent.Template.MAX_PARAMETER);
    }
}
