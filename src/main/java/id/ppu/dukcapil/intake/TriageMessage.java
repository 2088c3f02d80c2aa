package id.ppu.dukcapil.intake;

import java.time.Instant;

/** One message of a triage case's conversation. */
public record TriageMessage(Instant receivedAt, String senderName, String body) {
}
