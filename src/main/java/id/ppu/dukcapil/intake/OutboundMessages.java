package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of WhatsApp messages to residents. A message is queued in the transaction of the
 * change that causes it, so that it goes out if and only if the change commits; the
 * {@link OutboxWorker} sends it. Delivery statuses from the webhook move it forward.
 */
@Service
public class OutboundMessages {

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,200}$");
    private static final Logger log = LoggerFactory.getLogger(OutboundMessages.class);

    private final OutboxStore store;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final OptOuts optOuts;

    OutboundMessages(OutboxStore store, CurrentUser currentUser, AuditTrail audit, Clock clock, OptOuts optOuts) {
        this.store = store;
        this.optOuts = optOuts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues a message to a resident in the caller's transaction: it is sent once that
     * transaction commits, and never if it rolls back. Queuing the same key again (a retried
     * request, a redelivered webhook) changes nothing and returns the first message's id. A message
     * to a number that opted out (BERHENTI) is kept as {@link OutboundStatus#SKIPPED} and never
     * sent; only the confirmation of an opt-out or opt-in goes out regardless.
     *
     * @param idempotencyKey names the cause, e.g. {@code case-42-event-1234}: printable ASCII
     *                       without spaces, at most 200 characters, no personal data (it travels
     *                       to Meta and back)
     * @param caseId         the case the message is about, or null
     * @param phone          the resident's number as written (0812..., +62 812-..., 62812...)
     * @param content        free text or a template; see {@link CustomerServiceWindow#contentFor}
     * @return the message's id
     * @throws OutboxException if the key or the number is not one a message can have
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String idempotencyKey, Long caseId, String phone, OutboundKind kind, OutboundContent content) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new OutboxException("outbox.error.key");
        }
        String recipient = WhatsAppNumbers.waId(phone).orElseThrow(() -> new OutboxException("outbox.error.recipient"));
        if (kind == null || content == null) {
            throw new IllegalArgumentException("A message has a kind and a content");
        }
        OutboundStatus status = kind != OutboundKind.OPT_OUT_CONFIRMATION && optOuts.hasOptedOut(recipient)
                ? OutboundStatus.SKIPPED
                : OutboundStatus.PENDING;
        long id = store.insertIfNew(
                idempotencyKey, caseId, recipient, kind, content, currentUser.username(), clock.instant(), status);
        log.info(
                "Outbound message {} ({}) {}",
                id,
                kind,
                status == OutboundStatus.SKIPPED ? "skipped (opted out)" : "queued");
        return id;
    }

    /**
     * Puts a FAILED message back in the queue, due at once, with its attempts counted afresh
     * (administrators; recorded in the audit trail).
     *
     * @throws OutboxException if the message is not FAILED (any more)
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void retry(long messageId) {
        if (!store.retry(messageId, clock.instant())) {
            throw new OutboxException("outbox.error.notFailed");
        }
        audit.change(AuditKind.OUTBOUND_MESSAGE_RETRIED, "outbound_message " + messageId, null);
        log.info("Outbound message {} put back in the queue by {}", messageId, currentUser.username());
    }

    /**
     * Applies the webhook's delivery statuses (the webhook's, not another caller's), each only
     * forward; statuses of messages we do not know change nothing.
     */
    @Transactional
    public void recordDeliveryStatuses(List<DeliveryStatus> statuses) {
        for (DeliveryStatus s : statuses) {
            Optional<OutboundStatus> to = s.outboundStatus();
            if (to.isEmpty()) {
                continue;
            }
            int changed = store.applyStatus(s, to.get(), clock.instant());
            log.info(
                    "WhatsApp delivery status {} for {}: {}",
                    to.get(),
                    WhatsAppLogValues.id(s.waMessageId()),
                    changed == 0
                            ? "no change"
                            : "recorded" + (s.errorCode() == null ? "" : " (" + s.errorCode() + ")"));
        }
    }
}
