package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One append-only entry of a case's history: who did what, when. Public for its {@link Type}; only
 * this package creates entries.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent extends AbstractEntity {

    /** What kind of change an event records (the {@code case_event.type} column). */
    public enum Type {
        /** The request arrived; the detail names where from (channel, API key, file). */
        CREATED,
        /** A clerk moved the case along the state machine; the detail is the clerk's comment or reason. */
        STATUS_CHANGED,
        /** A clerk changed the applicant data; the detail lists each field's old and new value. */
        EDITED,
        /** A clerk's note, or a further message of the resident while the case waits in triage. */
        NOTE,
        /** The request was folded into the citizen's open case; the detail names that case. */
        MERGED,
        /** A duplicate from another channel was folded into this case; the detail names its channel and number. */
        CHANNEL_TOUCHED,
        /** A clerk took the case to work on it; the detail names the clerk it was taken from, if any. */
        TAKEN,
        /** The clerk holding the case let it go. */
        RELEASED,
        /** The clerk holding the case handed it to a colleague; the detail names both. */
        HANDED_OVER,
        /** The resident was sent a WhatsApp notification of a change, or it was skipped; the detail names the message. */
        NOTIFIED;

        /**
         * Whether the detail says where a case came from (channel, API key, file, case numbers),
         * not what staff wrote about a person: shown to every role.
         */
        public boolean detailIsProvenance() {
            return this == CREATED || this == MERGED || this == CHANNEL_TOUCHED || this == NOTIFIED || isWorkHandling();
        }

        /**
         * Whether the entry is a step of the case's way through the office, as the channel that
         * submitted it may show the resident: every entry but the clerks' edits and notes and the
         * office's notifications.
         */
        public boolean isStatusStep() {
            return this != EDITED && this != NOTE && this != NOTIFIED && !isWorkHandling();
        }

        /** Who in the office works on the case (taken, released, handed over): staff names, no personal data. */
        public boolean isWorkHandling() {
            return this == TAKEN || this == RELEASED || this == HANDED_OVER;
        }
    }

    /** The longest value an EDITED detail spells out; every field but notes is shorter (a name has at most 120). */
    static final int MAX_SHOWN_VALUE = 200;

    private Long caseId;
    private Instant occurredAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private Type type;

    @Enumerated(EnumType.STRING)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private CaseStatus toStatus;

    private String detail;

    protected CaseEvent() {}

    CaseEvent(
            Long caseId,
            Instant occurredAt,
            String actor,
            Type type,
            CaseStatus fromStatus,
            CaseStatus toStatus,
            String detail) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    /**
     * One field's change for an EDITED event's detail: old and new value, or, for a long text
     * (notes), only the lengths, so that an edit of long notes fits the detail's 4000 characters.
     */
    static Optional<String> change(String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return Optional.empty();
        }
        String from = before == null ? "" : before.toString();
        String to = after == null ? "" : after.toString();
        if (from.length() > MAX_SHOWN_VALUE || to.length() > MAX_SHOWN_VALUE) {
            return Optional.of(field + ": changed (" + from.length() + " → " + to.length() + " characters)");
        }
        return Optional.of(field + ": " + (before == null ? "-" : from) + " → " + (after == null ? "-" : to));
    }

    CaseEventView toView() {
        return new CaseEventView(occurredAt, actor, type, fromStatus, toStatus, detail, false);
    }
}
