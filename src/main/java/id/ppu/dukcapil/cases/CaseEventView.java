package id.ppu.dukcapil.cases;

import java.time.Instant;

/**
 * A history entry as shown to staff. {@code detailHidden}: the entry has a text (a note, a comment, a
 * reason, an edit) that the viewer's role may not read; {@code detail} is then null.
 */
public record CaseEventView(
        Instant occurredAt,
        String actor,
        CaseEvent.Type type,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        String detail,
        boolean detailHidden) {}
