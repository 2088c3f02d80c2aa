package id.ppu.dukcapil.intake;

import java.time.Instant;

/**
 * One outbound message in the administrators' list: no message text; the recipient in full only
 * for staff who may see phone numbers (last three digits otherwise).
 *
 * @param templateName the template it goes out as, or null for free text
 */
public record OutboundMessageRow(
        long id,
        Instant createdAt,
        OutboundKind kind,
        String caseNumber,
        String recipient,
        String templateName,
        OutboundStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastErrorCode,
        String lastErrorText,
        Instant updatedAt) {

    public boolean failed() {
        return status == OutboundStatus.FAILED;
    }
}
