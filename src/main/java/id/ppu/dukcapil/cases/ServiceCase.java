package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One citizen's request for one service, from whichever channel it came. */
@Entity
@Table(name = "service_case")
class ServiceCase extends VersionedEntity {

    private String caseNumber;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private String nik;
    private String applicantName;
    private String phone;
    private String villageCode;
    private String districtCode;
    private Instant submittedAt;
    private Instant updatedAt;
    private Instant completedAt;
    private Long mergedIntoId;
    private String externalId;
    private String notes;
    /** The outreach visit an OUTREACH case was registered on, if any. */
    private Long outreachVisitId;

    protected ServiceCase() {}

    ServiceCase(String caseNumber, Channel channel, ServiceType serviceType, CaseStatus status, Instant submittedAt) {
        this.caseNumber = caseNumber;
        this.channel = channel;
        this.serviceType = serviceType;
        this.status = status;
        this.submittedAt = submittedAt;
        this.updatedAt = submittedAt;
    }

    /** Moves to a status that needs no reason; see {@link #moveTo(CaseStatus, String, Instant)}. */
    void moveTo(CaseStatus target, Instant now) {
        moveTo(target, null, now);
    }

    /**
     * Moves along the state machine to a status a clerk may choose; closing statuses stamp the
     * completion time. A TRIAGE case moves on only once it names the citizen and the service, and
     * a rejection needs its reason.
     *
     * @throws CaseValidationException {@code case.error.rejectReason} on the field {@code comment}
     *                                 for a rejection without a reason; nothing changes
     */
    void moveTo(CaseStatus target, String reason, Instant now) {
        if (!status.clerkChoices().contains(target)) {
            throw new IllegalTransitionException(status, target);
        }
        if (CaseRules.lacksReason(target, reason)) {
            throw new CaseValidationException("comment", "case.error.rejectReason");
        }
        if (status == CaseStatus.TRIAGE
                && target != CaseStatus.REJECTED
                && (nik == null || applicantName == null || serviceType == null)) {
            throw new CaseException("intake.error.incomplete", caseNumber);
        }
        status = target;
        updatedAt = now;
        if (target == CaseStatus.COMPLETED || target == CaseStatus.REJECTED) {
            completedAt = now;
        }
    }

    /** Folds this request into the citizen's open case of the same service. */
    void mergeInto(long survivorId, Instant now) {
        if (!status.canMoveTo(CaseStatus.MERGED)) {
            throw new IllegalTransitionException(status, CaseStatus.MERGED);
        }
        status = CaseStatus.MERGED;
        mergedIntoId = survivorId;
        updatedAt = now;
    }

    void applicant(
            ServiceType serviceType,
            String nik,
            String applicantName,
            String phone,
            String villageCode,
            String districtCode,
            String notes,
            Instant now) {
        this.serviceType = serviceType;
        this.nik = nik;
        this.applicantName = applicantName;
        this.phone = phone;
        this.villageCode = villageCode;
        this.districtCode = districtCode;
        this.notes = notes;
        this.updatedAt = now;
    }

    void registeredOnOutreachVisit(long visitId) {
        this.outreachVisitId = visitId;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    Channel getChannel() {
        return channel;
    }

    ServiceType getServiceType() {
        return serviceType;
    }

    CaseStatus getStatus() {
        return status;
    }

    String getNik() {
        return nik;
    }

    String getApplicantName() {
        return applicantName;
    }

    String getPhone() {
        return phone;
    }

    String getVillageCode() {
        return villageCode;
    }

    String getDistrictCode() {
        return districtCode;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Long getMergedIntoId() {
        return mergedIntoId;
    }

    String getExternalId() {
        return externalId;
    }

    String getNotes() {
        return notes;
    }

    Long getOutreachVisitId() {
        return outreachVisitId;
    }
}
