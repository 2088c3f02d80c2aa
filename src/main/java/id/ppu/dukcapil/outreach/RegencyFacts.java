package id.ppu.dukcapil.outreach;

/**
 * The regency's totals the village factors are measured against: residents, requests of the
 * last 12 months and how many came online, and the farthest village's distance from the office.
 */
public record RegencyFacts(long population, long cases12m, long online12m, double maxDistanceKm) {

    /** The regency's online share of the last 12 months (0 when there were no requests). */
    public double onlineShare() {
        return cases12m == 0 ? 0 : (double) online12m / cases12m;
    }

    /** The regency's requests of the last 12 months per 1,000 residents. */
    public double casesPer1000() {
        return population == 0 ? 0 : cases12m * 1000.0 / population;
    }
}
