package id.ppu.dukcapil.intake;

import java.time.Instant;
import java.util.List;

/**
 * A case's WhatsApp conversation as one thread in time order: what the resident sent (with the
 * media of each message, where it stands) and what the office answered.
 *
 * @param entries        oldest first; at the same instant the resident's message comes first
 * @param mediaSizeLimit the largest media stored, in bytes (to say why one was not)
 * @param mediaOffKey    why media are not fetched (an i18n key), or null when they are
 */
public record ConversationThread(List<Entry> entries, long mediaSizeLimit, String mediaOffKey) {

    public ConversationThread {
        entries = List.copyOf(entries);
    }

    /** One message of the thread. */
    public sealed interface Entry permits Inbound, Outbound {
        Instant at();
    }

    /** A message of the resident; {@code media} is null for a text (or media sent before it was kept). */
    public record Inbound(TriageMessage message, ThreadMedia media) implements Entry {
        @Override
        public Instant at() {
            return message.receivedAt();
        }
    }

    /** An answer of the office (a clerk's reply, a notification) with its delivery status. */
    public record Outbound(ConversationService.Reply reply) implements Entry {
        @Override
        public Instant at() {
            return reply.at();
        }
    }

    /** The resident's messages, oldest first. */
    public List<TriageMessage> messages() {
        return entries.stream()
                .filter(Inbound.class::isInstance)
                .map(e -> ((Inbound) e).message())
                .toList();
    }
}
