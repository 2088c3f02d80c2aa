package id.ppu.dukcapil.analytics;

/**
 * One group of the open statistics: no personal data, only counts and figures.
 *
 * @param key                   district or village code, or the month as YYYY-MM
 * @param name                  district or village name; the month again for months
 * @param population            residents of the area (for months: of the filter's area)
 * @param medianTurnaroundHours null when no request of the group was completed
 * @param backlog               requests of the group still open at the end of the period
 */
public record UptakeRow(
        String key, String name, int population, ChannelCounts counts, Double medianTurnaroundHours, long backlog) {

    public Double uptakePer1000() {
        return population <= 0 ? null : counts.total() * 1000.0 / population;
    }
}
