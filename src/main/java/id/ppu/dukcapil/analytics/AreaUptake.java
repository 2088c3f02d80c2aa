package id.ppu.dukcapil.analytics;

/**
 * One district's or village's requests in the period, per channel, with its population.
 *
 * @param code Kemendagri code of the district (64.09.04) or village (64.09.04.2001)
 */
public record AreaUptake(String code, String name, int population, ChannelCounts counts) {

    /** Requests per 1,000 residents in the period, or null without a population figure. */
    public Double uptakePer1000() {
        return population <= 0 ? null : counts.total() * 1000.0 / population;
    }
}
