package id.ppu.dukcapil.cases;

import java.time.Instant;

/** A history entry as shown to staff. {@code type} is one of CREATED, STATUS_CHANGED, EDITED, NOTE, MERGED, CHANNEL_TOUCHED. */
public record CaseEventView(Instant occurredAt, String actor, String type, CaseStatus fromStatus, CaseStatus toStatus,
        String detail) {
}
