package id.ppu.dukcapil.intake;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a webhook's {@code statuses[]}: what became of a message we sent.
 *
 * @param waMessageId Meta's id of our message (wamid...)
 * @param status      as Meta names it: sent, delivered, read, failed (others are ignored)
 * @param at          when it happened
 * @param errorCode   for a failure: {@code errors[0].code}, or null
 * @param errorText   for a failure: {@code errors[0].title} and its details, or null
 * @param callbackData the {@code biz_opaque_callback_data} we sent: the message's idempotency key
 */
record DeliveryStatus(
        String waMessageId, String status, Instant at, String errorCode, String errorText, String callbackData) {

    /** The outbound status this entry moves a message to; empty for statuses we do not track. */
    Optional<OutboundStatus> outboundStatus() {
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "sent" -> Optional.of(OutboundStatus.SENT);
            case "delivered" -> Optional.of(OutboundStatus.DELIVERED);
            case "read" -> Optional.of(OutboundStatus.READ);
            case "failed" -> Optional.of(OutboundStatus.FAILED);
            default -> Optional.empty();
        };
    }
}
