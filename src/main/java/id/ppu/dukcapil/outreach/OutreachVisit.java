package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.VersionedEntity;
import id.ppu.dukcapil.cases.ServiceType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A planned, done or cancelled outreach visit to one district on one day. */
@Entity
@Table(name = "outreach_visit")
class OutreachVisit extends VersionedEntity {

    private LocalDate visitDate;
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private VisitStatus status;

    private int capacity;
    private Integer taughtOnline;
    private String note;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "outreach_visit_village", joinColumns = @JoinColumn(name = "visit_id"))
    private List<CoveredVillage> villages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "outreach_visit_served", joinColumns = @JoinColumn(name = "visit_id"))
    @MapKeyColumn(name = "service_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "served")
    private Map<ServiceType, Integer> served = new EnumMap<>(ServiceType.class);

    protected OutreachVisit() {}

    OutreachVisit(
            LocalDate visitDate,
            String districtCode,
            int capacity,
            List<CoveredVillage> villages,
            String note,
            String who,
            Instant now) {
        this.visitDate = visitDate;
        this.districtCode = districtCode;
        this.status = VisitStatus.PLANNED;
        this.capacity = capacity;
        this.villages.addAll(villages);
        this.note = note;
        this.createdBy = who;
        this.createdAt = now;
        this.updatedBy = who;
        this.updatedAt = now;
    }

    void cover(List<CoveredVillage> newVillages, int newCapacity, String newNote, String who, Instant now) {
        villages.clear();
        villages.addAll(newVillages);
        capacity = newCapacity;
        note = newNote;
        touch(who, now);
    }

    void moveTo(LocalDate date, String who, Instant now) {
        visitDate = date;
        touch(who, now);
    }

    void cancel(String reason, String who, Instant now) {
        status = VisitStatus.CANCELLED;
        note = reason;
        touch(who, now);
    }

    void done(Map<ServiceType, Integer> counts, int taught, String newNote, String who, Instant now) {
        status = VisitStatus.DONE;
        served.clear();
        counts.forEach((service, n) -> {
            if (n != null && n > 0) {
                served.put(service, n);
            }
        });
        taughtOnline = taught;
        if (newNote != null) {
            note = newNote;
        }
        touch(who, now);
    }

    private void touch(String who, Instant now) {
        updatedBy = who;
        updatedAt = now;
    }

    LocalDate getVisitDate() {
        return visitDate;
    }

    String getDistrictCode() {
        return districtCode;
    }

    VisitStatus getStatus() {
        return status;
    }

    int getCapacity() {
        return capacity;
    }

    Integer getTaughtOnline() {
        return taughtOnline;
    }

    String getNote() {
        return note;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    List<CoveredVillage> getVillages() {
        return List.copyOf(villages);
    }

    Map<ServiceType, Integer> getServed() {
        Map<ServiceType, Integer> copy = new EnumMap<>(ServiceType.class);
        copy.putAll(served);
        return copy;
    }
}
