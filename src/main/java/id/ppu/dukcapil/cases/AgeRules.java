package id.ppu.dukcapil.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Age plausibility of a request, from the NIK's birth date: an e-KTP is for residents of 17 and
 * over (or married), a KIA for children under 17. These are warnings, not errors: a married
 * 16-year-old may rightly ask for an e-KTP.
 */
public final class AgeRules {

    static final int ADULT_AGE = 17;

    private AgeRules() {}

    /** i18n keys of the warnings that apply; empty when the age fits the service. */
    public static List<String> warnings(ServiceType service, Nik nik, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        int age = nik.ageOn(today);
        if (service == ServiceType.KIA && age >= ADULT_AGE) {
            warnings.add("warning.kia.adult");
        }
        if (service == ServiceType.KTP && age < ADULT_AGE) {
            warnings.add("warning.ktp.minor");
        }
        return warnings;
    }
}
