package id.ppu.dukcapil.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One append-only entry of a case's history: who did what, when. */
@Entity
@Table(name = "case_event")
class CaseEvent {

    /** What kind of change an event records. */
    enum Type { CREATED, STATUS_CHANGED, EDITED, NOTE, MERGED, CHANNEL_TOUCHED, TAKEN, RELEASED, HANDED_OVER }

    /** The longest value an EDITED detail spells out; every field but notes is shorter (a name has at most 120). */
    static final int MAX_SHOWN_VALUE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, Instant occurredAt, String actor, Type type, CaseStatus fromStatus, CaseStatus toStatus,
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
        return new CaseEventView(occurredAt, actor, type.name(), fromStatus, toStatus, detail, false);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CaseEvent other && id != null && Objects.equals(id, other.id));
    }

    @Override
    public int hashCode() {
        return CaseEvent.class.hashCode();
    }
}
