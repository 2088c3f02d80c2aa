package id.ppu.dukcapil.intake;

import java.time.Duration;
import java.util.Map;

/** Sending settings for tests: a stand-in's URL, a token, short time-outs and few attempts. */
final class OutboxSettings {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration BACKOFF_BASE = Duration.ofSeconds(30);

    private OutboxSettings() {}

    /** Sending on, through {@code apiUrl}, giving up after {@code maxAttempts}, answers awaited {@code requestTimeout}. */
    static WhatsAppSending on(String apiUrl, Duration requestTimeout, int maxAttempts, int batch) {
        return new WhatsAppSending(
                apiUrl,
                CloudApiStandIn.PHONE_NUMBER_ID,
                CloudApiStandIn.TOKEN,
                Duration.ofSeconds(2),
                requestTimeout,
                LEASE,
                maxAttempts,
                BACKOFF_BASE,
                Duration.ofHours(1),
                batch,
                null,
                null);
    }

    static WhatsAppSending on(String apiUrl) {
        return on(apiUrl, Duration.ofSeconds(10), 5, 50);
    }

    /** As configured without a token. */
    static WhatsAppSending withoutToken(String apiUrl) {
        return new WhatsAppSending(
                apiUrl, CloudApiStandIn.PHONE_NUMBER_ID, null, null, null, null, null, null, null, null, null, null);
    }

    static WhatsAppSending withTemplates(
            Duration windowMargin, Map<OutboundKind, WhatsAppSending.TemplateSetting> templates) {
        return new WhatsAppSending(null, null, null, null, null, null, null, null, null, null, windowMargin, templates);
    }
}
