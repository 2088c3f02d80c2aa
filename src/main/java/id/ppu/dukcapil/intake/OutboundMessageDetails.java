package id.ppu.dukcapil.intake;

import java.time.Instant;
import java.util.List;

/**
 * One outbound message with what it says, for an administrator who opened it (recorded in the
 * audit trail).
 *
 * @param text               the free text, or null for a template
 * @param templateName       the template, or null for free text
 * @param templateParameters the template's body parameters, in order
 */
public record OutboundMessageDetails(
        OutboundMessageRow row,
        String text,
        String templateName,
        String templateLanguage,
        List<String> templateParameters,
        String waMessageId,
        String createdBy,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt) {}
