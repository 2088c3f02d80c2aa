package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import java.time.Instant;

/**
 * A case waiting in triage: what is known of the sender, how many messages came, and the latest
 * one. {@code version} is what completing the case must present.
 *
 * @param last the latest message, or null for a case without one (a case put in triage by hand)
 */
public record TriageRow(
        long caseId,
        String caseNumber,
        long version,
        Instant receivedAt,
        String phone,
        String senderName,
        ServiceType serviceType,
        String nik,
        int messages,
        TriageMessage last) {

    /** What the resident wrote last (a text or a caption), or null. */
    public String lastMessage() {
        return last == null ? null : last.body();
    }

    public Instant lastMessageAt() {
        return last == null ? null : last.receivedAt();
    }
}
