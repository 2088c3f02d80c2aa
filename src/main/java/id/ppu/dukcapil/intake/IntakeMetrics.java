package id.ppu.dukcapil.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Intake's metrics. Tags are fixed vocabularies, never a value from a request or personal data.
 * <ul>
 * <li>{@value #DELIVERIES}: POSTs to the WhatsApp webhook by {@code outcome} ({@code accepted}: 200;
 * {@code rejected}: a 4xx, with the {@code reason}; {@code failed}: a 5xx, which Meta redelivers).</li>
 * <li>{@value #IMPORT_ROWS}: rows of CSV imports by {@code outcome} ({@code imported}: new cases
 * and requests merged into an open case; {@code duplicate}: rows registered before;
 * {@code rejected}: rows with a problem).</li>
 * </ul>
 */
@Component
class IntakeMetrics {

    static final String DELIVERIES = "dukcapil.whatsapp.deliveries";
    static final String IMPORT_ROWS = "dukcapil.import.rows";

    /** Why the webhook refused a delivery, by the status it answered. */
    enum Rejection {
        SIGNATURE(401),
        MALFORMED(400),
        TOO_LARGE(413),
        CONTENT_TYPE(415),
        OTHER(0);

        private final int status;

        Rejection(int status) {
            this.status = status;
        }

        static Rejection of(int status) {
            for (Rejection r : values()) {
                if (r.status == status) {
                    return r;
                }
            }
            return OTHER;
        }

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Counter accepted;
    private final Counter failed;
    private final Map<Rejection, Counter> rejected = new LinkedHashMap<>();
    private final Counter rowsImported;
    private final Counter rowsDuplicate;
    private final Counter rowsRejected;

    IntakeMetrics(MeterRegistry registry) {
        // Every series from the start, so a rate is 0 rather than missing before the first event.
        accepted = delivery(registry, "accepted", "none");
        failed = delivery(registry, "failed", "error");
        for (Rejection r : Rejection.values()) {
            rejected.put(r, delivery(registry, "rejected", r.tag()));
        }
        rowsImported = importRows(registry, "imported");
        rowsDuplicate = importRows(registry, "duplicate");
        rowsRejected = importRows(registry, "rejected");
    }

    private static Counter delivery(MeterRegistry registry, String outcome, String reason) {
        return Counter.builder(DELIVERIES)
                .description("POSTs to the WhatsApp webhook, by outcome and reason")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry);
    }

    private static Counter importRows(MeterRegistry registry, String outcome) {
        return Counter.builder(IMPORT_ROWS)
                .description("Rows of CSV imports, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Counts a webhook delivery by the HTTP status it was answered with. */
    void delivery(int status) {
        if (status >= 200 && status < 300) {
            accepted.increment();
        } else if (status >= 400 && status < 500) {
            rejected.get(Rejection.of(status)).increment();
        } else {
            failed.increment();
        }
    }

    /** Counts the rows of a finished import. */
    void imported(ImportReport report) {
        rowsImported.increment(report.imported());
        rowsDuplicate.increment(report.duplicates());
        rowsRejected.increment(report.rejected());
    }
}
