package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * One proposed visit day: the district, the villages it covers in priority order with their
 * expected turnout, and the day's expected turnout (never above the day's capacity).
 */
public record ProposedVisit(
        LocalDate date, String districtCode, String districtName, List<Stop> stops, int expectedTurnout, int capacity) {

    /** A village on a proposed visit, with its score when it was chosen and its expected turnout. */
    public record Stop(
            String villageCode, String villageName, double score, int waitingInPerson, int expectedTurnout) {}

    public ProposedVisit {
        stops = List.copyOf(stops);
    }
}
