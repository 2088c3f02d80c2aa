package id.ppu.dukcapil.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gauges {@value #GAUGE} {@code {status="pending"|"failed"}} of the WhatsApp outbox, published
 * once the outbox provides an {@link OutboundMessageCounts} bean; without one (today) there are none.
 */
@Component
class OutboundMessageGauges implements MeterBinder {

    static final String GAUGE = "dukcapil.outbound.messages";

    private final ObjectProvider<OutboundMessageCounts> counts;

    OutboundMessageGauges(ObjectProvider<OutboundMessageCounts> counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counts.ifAvailable(c -> {
            Gauge.builder(GAUGE, c, OutboundMessageCounts::pending)
                    .description("Outbound WhatsApp messages not sent yet")
                    .tag("status", "pending")
                    .strongReference(true)
                    .register(registry);
            Gauge.builder(GAUGE, c, OutboundMessageCounts::failed)
                    .description("Outbound WhatsApp messages failed for good")
                    .tag("status", "failed")
                    .strongReference(true)
                    .register(registry);
        });
    }
}
