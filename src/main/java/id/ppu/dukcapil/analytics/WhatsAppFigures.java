package id.ppu.dukcapil.analytics;

import java.util.List;

/**
 * The dashboard's WhatsApp figures for a period (and district): how fast clerks answered residents,
 * what became of the messages to residents, and opt-outs. Aggregates only, no personal data.
 *
 * @param responses     first-response times of the waits that started in the period
 * @param notifications status notifications (NEEDS_CORRECTION, WAITING_IN_PERSON, READY, COMPLETED,
 *                      REJECTED) queued in the period, by status
 * @param replies       clerks' replies written in the period, by status
 * @param failures      failed notifications and replies by error code, most frequent first
 * @param optOuts       numbers that wrote BERHENTI in the period (regency-wide: an opt-out belongs
 *                      to no district)
 * @param optedOutNow   numbers opted out today (BERHENTI and no MULAI since)
 */
public record WhatsAppFigures(
        Period period,
        ResponseTimes responses,
        MessageCounts notifications,
        MessageCounts replies,
        List<FailureCount> failures,
        long optOuts,
        long optedOutNow) {

    /** Whether the period holds no WhatsApp conversation, message to residents or opt-out. */
    public boolean isEmpty() {
        return responses.waits() == 0 && notifications.total() == 0 && replies.total() == 0 && optOuts == 0;
    }
}
