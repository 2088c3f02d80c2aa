package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.MessageKey;

/**
 * Where an outbound message stands. PENDING waits for its (next) attempt, SENDING is claimed by a
 * worker, SENT is accepted by Meta; DELIVERED and READ come from the webhook's delivery statuses;
 * FAILED is given up (an error Meta will not accept on retry, too many attempts, or a failed
 * delivery status). SKIPPED is kept and never sent: the resident opted out (BERHENTI) before it
 * was queued. Statuses move forward only: {@link #rank()} orders them, so a late "sent"
 * never overrides "delivered", and a delivery seen after a failure report wins.
 */
public enum OutboundStatus implements MessageKey {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    DELIVERED,
    READ,
    SKIPPED;

    /** The order in which statuses may follow each other. */
    public int rank() {
        return ordinal();
    }

    @Override
    public String messageKey() {
        return "outbox.status." + name();
    }
}
