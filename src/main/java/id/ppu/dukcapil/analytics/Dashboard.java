package id.ppu.dukcapil.analytics;

import java.util.List;

/**
 * Everything the dashboard shows for one filter, read in one transaction.
 *
 * @param trend      requests per month and channel from 2019 to the current month
 * @param areas      districts, or the villages of the filtered district
 * @param villages   whether {@code areas} are villages (a district is selected)
 * @param heatmap    online share per district per month, last 24 months
 * @param turnaround per channel and service, per channel (service null) and overall (both null)
 */
public record Dashboard(
        AnalyticsFilter filter,
        Kpis kpis,
        List<MonthlyChannels> trend,
        List<AreaUptake> areas,
        boolean villages,
        List<HeatCell> heatmap,
        List<ServiceChannels> byService,
        List<Turnaround> turnaround,
        Backlog backlog) {

    /** Whether the period holds no request at all (the dashboard then shows an empty state). */
    public boolean isEmpty() {
        return kpis.counts().total() == 0;
    }
}
