package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class OutboundMessageGaugesTest {

    @Test
    void without_an_outbox_there_are_no_outbound_gauges() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new OutboundMessageGauges(new StaticListableBeanFactory().getBeanProvider(OutboundMessageCounts.class))
                .bindTo(registry);

        assertThat(registry.find(OutboundMessageGauges.GAUGE).meters()).isEmpty();
    }

    @Test
    void an_outbox_bean_publishes_pending_and_failed_as_read_at_each_scrape() {
        AtomicLong pending = new AtomicLong(7);
        OutboundMessageCounts counts = new OutboundMessageCounts() {
            @Override
            public long pending() {
                return pending.get();
            }

            @Override
            public long failed() {
                return 2;
            }
        };
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new OutboundMessageGauges(new StaticListableBeanFactory(Map.of("outbox", counts))
                        .getBeanProvider(OutboundMessageCounts.class))
                .bindTo(registry);
        double first = registry.get(OutboundMessageGauges.GAUGE)
                .tag("status", "pending")
                .gauge()
                .value();
        pending.set(3);

        assertThat(first).isEqualTo(7);
        assertThat(registry.get(OutboundMessageGauges.GAUGE)
                        .tag("status", "pending")
                        .gauge()
                        .value())
                .isEqualTo(3);
        assertThat(registry.get(OutboundMessageGauges.GAUGE)
                        .tag("status", "failed")
                        .gauge()
                        .value())
                .isEqualTo(2);
    }
}
