package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.cases.ServiceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One visit for its dialog: what was planned, what was recorded, and how many cases registered
 * during the visit (channel OUTREACH, linked to it) there are per service.
 */
public record VisitDetails(long id, LocalDate date, String districtCode, String districtName, VisitStatus status,
        int capacity, String note, List<Village> villages, Map<ServiceType, Integer> served, Integer taughtOnline,
        Map<ServiceType, Integer> linkedCases, String updatedBy, Instant updatedAt, long version) {

    /** A covered village with its expected turnout. */
    public record Village(String code, String name, int expectedTurnout) {
    }

    public int expectedTurnout() {
        return villages.stream().mapToInt(Village::expectedTurnout).sum();
    }
}
