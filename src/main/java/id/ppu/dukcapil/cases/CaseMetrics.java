package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The metric {@value #REGISTERED}: requests that became a new case row, by channel and outcome
 * ({@code created}, or {@code merged} into the citizen's open case of the same service); retries
 * of a request already registered are not counted. Counted after the registering transaction
 * commits. Tags are fixed vocabularies, never personal data.
 */
@Component
class CaseMetrics {

    static final String REGISTERED = "dukcapil.cases.registered";

    private final Map<Channel, Counter> created = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> merged = new EnumMap<>(Channel.class);

    CaseMetrics(MeterRegistry registry) {
        // Every series from the start, so a rate is 0 rather than missing before the first case.
        for (Channel channel : Channel.values()) {
            created.put(channel, counter(registry, channel, "created"));
            merged.put(channel, counter(registry, channel, "merged"));
        }
    }

    private static Counter counter(MeterRegistry registry, Channel channel, String outcome) {
        return Counter.builder(REGISTERED)
                .description("Requests registered as a new case, by channel and outcome")
                .tag("channel", channel.name())
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Counts new case rows once the current transaction commits. */
    <T> void registered(List<T> rows, Function<T, Channel> channelOf, Predicate<T> isMerged) {
        Map<Channel, long[]> counts = new EnumMap<>(Channel.class);
        for (T row : rows) {
            long[] c = counts.computeIfAbsent(channelOf.apply(row), k -> new long[2]);
            c[isMerged.test(row) ? 1 : 0]++;
        }
        AfterCommit.run(() -> counts.forEach((channel, c) -> {
            created.get(channel).increment(c[0]);
            merged.get(channel).increment(c[1]);
        }));
    }
}
