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

/** One append-only entry of a case's history: who did what, when. */
@Entity
@Table(name = "case_event")
class CaseEvent {

    /** What kind of change an event records. */
    enum Type { CREATED, STATUS_CHANGED, EDITED, NOTE, MERGED, CHANNEL_TOUCHED }

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
