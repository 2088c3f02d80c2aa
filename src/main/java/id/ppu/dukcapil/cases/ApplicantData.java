package id.ppu.dukcapil.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable part of a case, as a form bean: the form binds to it, never to the entity, so
 * invalid input never touches a managed case. Constraints mirror the database checks.
 */
public class ApplicantData {

    @NotNull(message = "{validation.required}")
    private ServiceType serviceType;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^(|[0-9]{16})$", message = "{nik.error.format}")
    private String nik;

    @NotBlank(message = "{validation.required}")
    // An empty name is reported by @NotBlank alone, so the pattern only checks the length of a typed one.
    @Pattern(regexp = "^(|[\\s\\S]{2,120})$", message = "{validation.name.size}")
    private String applicantName;

    @Pattern(regexp = "^(\\+?[0-9]{8,15})?$", message = "{validation.phone}")
    private String phone;

    @NotBlank(message = "{validation.required}")
    private String villageCode;

    @Size(max = 2000, message = "{validation.notes.size}")
    private String notes;

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
