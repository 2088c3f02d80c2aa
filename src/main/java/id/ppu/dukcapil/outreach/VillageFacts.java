package id.ppu.dukcapil.outreach;

import java.time.LocalDate;

/**
 * The raw facts about one village at a date, as counted in the database: population and access,
 * its requests of the last 12 months (merged duplicates not counted), how many of those arrived
 * online and how many reached COMPLETED, the open cases waiting for an in-person step, and the
 * last done and next planned outreach visit covering it.
 */
public record VillageFacts(
        String code,
        String name,
        String districtCode,
        String districtName,
        int population,
        double distanceKm,
        boolean hardToReach,
        int cases12m,
        int online12m,
        int completed12m,
        int waitingInPerson,
        LocalDate lastVisit,
        LocalDate nextPlannedVisit) {

    /** Share of the last 12 months' requests that came online (0 when there were none). */
    public double onlineShare() {
        return cases12m == 0 ? 0 : (double) online12m / cases12m;
    }

    /** Requests of the last 12 months per 1,000 residents. */
    public double casesPer1000() {
        return population == 0 ? 0 : cases12m * 1000.0 / population;
    }

    /** Share of the last 12 months' requests that reached COMPLETED (0 when there were none). */
    public double completedShare() {
        return cases12m == 0 ? 0 : (double) completed12m / cases12m;
    }

    /** The same village after a visit on {@code day} that served everyone waiting. */
    VillageFacts visitedOn(LocalDate day) {
        return new VillageFacts(
                code,
                name,
                districtCode,
                districtName,
                population,
                distanceKm,
                hardToReach,
                cases12m,
                online12m,
                completed12m,
                0,
                day,
                nextPlannedVisit);
    }
}
