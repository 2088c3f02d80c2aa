package id.ppu.dukcapil.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A built-in queue narrowed by service, channel and district: what a clerk sees in the queue
 * screen and saves as a personal queue. Stored as text ({@link #toText()}, e.g.
 * {@code queue=OVERDUE;service=KK;district=64.09.01}); {@link #parse} reads it back and ignores
 * what it does not know, so a saved queue outlives a renamed service.
 */
public record QueueFilter(Queue queue, ServiceType service, Channel channel, String districtCode) {

    public QueueFilter {
        if (queue == null) {
            throw new IllegalArgumentException("A queue filter needs a queue");
        }
        if (districtCode != null && !districtCode.matches("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}$")) {
            districtCode = null;
        }
    }

    /** The whole of a built-in queue. */
    public static QueueFilter of(Queue queue) {
        return new QueueFilter(queue, null, null, null);
    }

    public String toText() {
        List<String> parts = new ArrayList<>();
        parts.add("queue=" + queue.name());
        if (service != null) {
            parts.add("service=" + service.name());
        }
        if (channel != null) {
            parts.add("channel=" + channel.name());
        }
        if (districtCode != null) {
            parts.add("district=" + districtCode);
        }
        return String.join(";", parts);
    }

    /** Reads {@link #toText()} back; unknown or broken parts are left out, a missing queue is Lewat tenggat. */
    public static QueueFilter parse(String text) {
        Queue queue = Queue.OVERDUE;
        ServiceType service = null;
        Channel channel = null;
        String district = null;
        for (String part : text == null ? new String[0] : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            try {
                switch (key) {
                    case "queue" -> queue = Queue.valueOf(value);
                    case "service" -> service = ServiceType.valueOf(value);
                    case "channel" -> channel = Channel.valueOf(value);
                    case "district" -> district = value;
                    default -> {}
                }
            } catch (IllegalArgumentException e) {
                // An unknown value narrows nothing.
            }
        }
        return new QueueFilter(queue, service, channel, district);
    }

    QueueFilter withQueue(Queue other) {
        return new QueueFilter(other, service, channel, districtCode);
    }
}
