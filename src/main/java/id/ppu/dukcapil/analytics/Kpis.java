package id.ppu.dukcapil.analytics;

/**
 * The dashboard's headline figures for a filter.
 *
 * @param counts          requests in the period per channel
 * @param previous        requests in the previous equal period per channel, or null when there is none
 * @param population      residents of the area (regency or district)
 * @param turnaround      median and 90th percentile over all channels and services, or null without completions
 */
public record Kpis(
        Period period,
        ChannelCounts counts,
        Period previousPeriod,
        ChannelCounts previous,
        int population,
        Backlog backlog,
        Turnaround turnaround) {

    /** Change of the online share against the previous period in percentage points, or null. */
    public Double onlineShareChangePoints() {
        if (previous == null || counts.onlineShare() == null || previous.onlineShare() == null) {
            return null;
        }
        return (counts.onlineShare() - previous.onlineShare()) * 100;
    }

    public Double uptakePer1000() {
        return population <= 0 ? null : counts.total() * 1000.0 / population;
    }
}
