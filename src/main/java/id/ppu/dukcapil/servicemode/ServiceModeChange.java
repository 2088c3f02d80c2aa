package id.ppu.dukcapil.servicemode;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change of the office's service mode; rows are only ever added. */
@Entity
@Table(name = "service_mode_change")
class ServiceModeChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ServiceMode mode;
    private Instant effectiveFrom;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected ServiceModeChange() {
    }

    ServiceModeChange(ServiceMode mode, Instant effectiveFrom, String reason, String changedBy, Instant changedAt) {
        this.mode = mode;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    ServiceMode getMode() {
        return mode;
    }

    Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    String getReason() {
        return reason;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ServiceModeChange other && id != null && Objects.equals(id, other.id));
    }

    @Override
    public int hashCode() {
        return ServiceModeChange.class.hashCode();
    }
}
