package id.ppu.dukcapil.cases;

import java.time.Instant;

/**
 * Everything about one case for the detail screen. Personal fields are already masked for
 * roles that may not see them; {@code version} is what an update must present.
 */
public record CaseDetails(
        long id,
        String caseNumber,
        Channel channel,
        ServiceType serviceType,
        CaseStatus status,
        String nik,
        String applicantName,
        String phone,
        String villageCode,
        String villageName,
        String districtName,
        Instant submittedAt,
        Instant updatedAt,
        Instant completedAt,
        String mergedIntoNumber,
        String externalId,
        String notes,
        long version,
        boolean personalDataVisible) {

    /** The form bean pre-filled with this case's editable data. */
    public ApplicantData toApplicantData() {
        ApplicantData d = new ApplicantData();
        d.setServiceType(serviceType);
        d.setNik(nik);
        d.setApplicantName(applicantName);
        d.setPhone(phone);
        d.setVillageCode(villageCode);
        d.setNotes(notes);
        return d;
    }
}
