package id.ppu.dukcapil.intake;

import java.time.Instant;

/**
 * One notification text as stored: its placeholders unfilled, the default it can be reset to,
 * its version (for optimistic locking) and who changed it last.
 */
public record NotificationText(
        NotificationKind kind, String body, String defaultBody, long version, String updatedBy, Instant updatedAt) {

    /** Whether the text is the default one. */
    public boolean isDefault() {
        return body.equals(defaultBody);
    }
}
