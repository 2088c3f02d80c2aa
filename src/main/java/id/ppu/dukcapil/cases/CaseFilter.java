package id.ppu.dukcapil.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * The clerks' search: free text (case number, NIK or part of a name), sets of statuses, channels
 * and services (empty = any), region and a submission date range in WITA (inclusive). Free text
 * shorter than {@value #MIN_TEXT_LENGTH} characters is no search: it is dropped.
 */
public record CaseFilter(
        String text,
        Set<CaseStatus> statuses,
        Set<Channel> channels,
        Set<ServiceType> services,
        String districtCode,
        String villageCode,
        LocalDate from,
        LocalDate to) {

    /** The shortest free text searched: anything shorter cannot use the trigram index. */
    public static final int MIN_TEXT_LENGTH = 3;

    public CaseFilter {
        text = text == null || text.strip().length() < MIN_TEXT_LENGTH ? null : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        services = services == null ? Set.of() : Set.copyOf(services);
        districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
        villageCode = villageCode == null || villageCode.isBlank() ? null : villageCode;
    }

    /**
     * Whether free text is a case number or the start of one ({@link CaseNumber#hasShape}). Such
     * text names no person, so unlike a NIK or a name it may be kept in a bookmarkable URL.
     */
    public static boolean isCaseNumber(String text) {
        return CaseNumber.hasShape(text);
    }

    /**
     * Whether someone typed free text that is too short to search (blank text is no search at all):
     * the filter drops it, and the list says so.
     */
    public static boolean isTooShort(String text) {
        return text != null && !text.isBlank() && text.strip().length() < MIN_TEXT_LENGTH;
    }

    /** Matches every case. */
    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, null, null);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(newText, statuses, channels, services, districtCode, villageCode, from, to);
    }
}
