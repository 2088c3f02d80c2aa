package id.ppu.dukcapil.intake;

/**
 * Hook for the WhatsApp outbox (table {@code outbound_message}, not built yet): a bean of this type
 * makes {@link OutboundMessageGauges} publish the gauges {@value OutboundMessageGauges#GAUGE}
 * {@code {status="pending"}} and {@code {status="failed"}}. Both are read on every Prometheus
 * scrape, so they should be cheap (a count over an index on the status).
 */
interface OutboundMessageCounts {

    /** Messages written to the outbox and not sent yet (including those waiting for a retry). */
    long pending();

    /** Messages that failed for good (retries given up) and wait for a person. */
    long failed();
}
