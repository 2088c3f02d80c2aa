package id.ppu.dukcapil.servicemode;

import id.ppu.dukcapil.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of the office's service mode; rows are only ever added. */
@Entity
@Table(name = "service_mode_change")
class ServiceModeChange extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    private ServiceMode mode;

    private Instant effectiveFrom;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected ServiceModeChange() {}

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
}
