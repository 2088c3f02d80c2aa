package id.ppu.dukcapil.analytics;

/**
 * Messages to residents by the furthest status each reached (statuses only move forward; a
 * delivery reported after a failure wins).
 *
 * @param waiting   not sent yet (in the outbox, e.g. while sending is off, or being sent)
 * @param sent      accepted by WhatsApp, no delivery reported
 * @param delivered delivered to the resident's phone, not read
 * @param read      read by the resident
 * @param failed    given up, with WhatsApp's error code
 * @param skipped   kept back: the resident had opted out (BERHENTI)
 */
public record MessageCounts(long waiting, long sent, long delivered, long read, long failed, long skipped) {

    public static final MessageCounts NONE = new MessageCounts(0, 0, 0, 0, 0, 0);

    public long total() {
        return waiting + sent + delivered + read + failed + skipped;
    }

    /** Sent, delivered or read: accepted by WhatsApp and not failed. */
    public long accepted() {
        return sent + delivered + read;
    }

    /** Failed among the messages that were sent or failed (null if none). */
    public Double failedShare() {
        long tried = accepted() + failed;
        return tried == 0 ? null : (double) failed / tried;
    }
}
