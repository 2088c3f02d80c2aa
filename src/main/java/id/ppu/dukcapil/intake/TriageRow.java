package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import java.time.Instant;

/**
 * A case waiting in triage: what is known of the sender, how many messages came, and the latest
 * one. {@code version} is what completing the case must present.
 */
public record TriageRow(long caseId, String caseNumber, long version, Instant receivedAt, String phone, String senderName,
        ServiceType serviceType, String nik, int messages, String lastMessage, Instant lastMessageAt) {
}
