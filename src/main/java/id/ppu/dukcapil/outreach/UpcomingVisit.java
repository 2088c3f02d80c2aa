package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned outreach visit as a resident is told of it: its day, its district and the villages it
 * covers, the resident's own village first when the visit covers it.
 *
 * @param coversResidentsVillage whether the visit covers the village it was looked up for
 */
public record UpcomingVisit(
        long id, LocalDate date, String districtName, List<Village> villages, boolean coversResidentsVillage) {

    public UpcomingVisit {
        villages = List.copyOf(villages);
    }

    /** A covered village by name; {@code kelurahan} tells a kelurahan from a desa. */
    public record Village(String name, boolean kelurahan) {}
}
