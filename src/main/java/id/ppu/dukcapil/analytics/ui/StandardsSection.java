package id.ppu.dukcapil.analytics.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.analytics.AnalyticsFilter;
import id.ppu.dukcapil.analytics.Csv;
import id.ppu.dukcapil.analytics.OverdueCount;
import id.ppu.dukcapil.analytics.ServiceStandardStats;
import id.ppu.dukcapil.analytics.StandardGrouping;
import id.ppu.dukcapil.analytics.StandardShare;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's service-standard cards: the share completed within the standard per service and
 * per channel, and today's overdue backlog by days overdue. Figures from {@link ServiceStandardStats},
 * the same as {@code GET /api/v1/stats/service-standards}; aggregates only.
 */
class StandardsSection extends Composite<Div> {

    private final transient ServiceStandardStats stats;
    private final ApexChart byService = chart("chart-standards-service");
    private final ApexChart byChannel = chart("chart-standards-channel");
    private final ApexChart overdue = chart("chart-overdue");
    private final ChartCard standardsCard;
    private final ChartCard overdueCard;

    StandardsSection(ServiceStandardStats stats) {
        this.stats = stats;
        standardsCard = new ChartCard(
                "card-standards",
                getTranslation("dashboard.chart.standards"),
                getTranslation("dashboard.chart.standards.help"),
                "standar-layanan.csv",
                byService,
                byChannel);
        overdueCard = new ChartCard(
                "card-overdue",
                getTranslation("dashboard.chart.overdue"),
                getTranslation("dashboard.chart.overdue.help"),
                "lewat-tenggat.csv",
                overdue);
        byService.setWidth("50%");
        byChannel.setWidth("50%");
        getContent().setWidthFull();
        getContent().addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        getContent().getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(min(520px, 100%), 1fr))");
        getContent().setId("standards-section");
        getContent().add(standardsCard, overdueCard);
    }

    /** Shows the figures for the dashboard's filter. */
    void show(AnalyticsFilter filter) {
        List<StandardShare> services = stats.shares(filter, StandardGrouping.SERVICE);
        List<StandardShare> channels = stats.shares(filter, StandardGrouping.CHANNEL);
        byService.setOptions(
                shares(getTranslation("dashboard.chart.standards.byService"), services, k -> "service." + k));
        byChannel.setOptions(
                shares(getTranslation("dashboard.chart.standards.byChannel"), channels, k -> "channel." + k));
        standardsCard.show(services.stream().anyMatch(s -> s.completed() > 0), () -> csv(services, channels));
        List<OverdueCount> ages = stats.overdueByAge(filter);
        overdue.setOptions(overdue(ages));
        overdueCard.show(ages.stream().anyMatch(a -> a.cases() > 0), () -> {
            Csv csv = Csv.withHeader("days_overdue", "requests");
            ages.forEach(
                    a -> csv.row(getTranslation("dashboard.overdue." + a.age().name()), a.cases()));
            return csv;
        });
    }

    private ObjectNode shares(String title, List<StandardShare> rows, Function<String, String> labelKey) {
        ObjectNode o = base("bar", 70 + 30 * rows.size());
        o.putObject("title").put("text", title);
        o.putObject("plotOptions").putObject("bar").put("horizontal", true).put("barHeight", "70%");
        ArrayNode data = o.putArray("series")
                .addObject()
                .put("name", getTranslation("dashboard.series.withinStandard"))
                .putArray("data");
        rows.forEach(r -> {
            Double share = r.withinStandardShare();
            if (share == null) {
                data.addNull();
            } else {
                data.add(DashboardCharts.round(share * 100, 1));
            }
        });
        ArrayNode categories = o.putObject("xaxis").put("max", 100).putArray("categories");
        rows.forEach(r -> categories.add(getTranslation(labelKey.apply(r.key()))));
        o.putArray("colors").add(DashboardCharts.SHARE_COLOR);
        return o;
    }

    private ObjectNode overdue(List<OverdueCount> ages) {
        ObjectNode o = base("bar", 320);
        ArrayNode data = o.putArray("series")
                .addObject()
                .put("name", getTranslation("dashboard.series.overdue"))
                .putArray("data");
        ages.forEach(a -> data.add(a.cases()));
        ArrayNode categories = o.putObject("xaxis").putArray("categories");
        ages.forEach(a ->
                categories.add(getTranslation("dashboard.overdue." + a.age().name())));
        o.putArray("colors").add("#e03131");
        o.putObject("plotOptions").putObject("bar").put("columnWidth", "60%");
        return o;
    }

    private Csv csv(List<StandardShare> services, List<StandardShare> channels) {
        Csv csv = Csv.withHeader(
                "group",
                "key",
                "completed",
                "completed_within_standard",
                "within_standard_share",
                "open_overdue",
                "median_working_days");
        services.forEach(s -> row(csv, "service", s));
        channels.forEach(s -> row(csv, "channel", s));
        return csv;
    }

    private static void row(Csv csv, String group, StandardShare s) {
        csv.row(
                group,
                s.key(),
                s.completed(),
                s.completedWithinStandard(),
                s.withinStandardShare(),
                s.openOverdue(),
                s.medianWorkingDays());
    }

    private static ObjectNode base(String type, int height) {
        ObjectNode o = ApexChart.newOptions();
        ObjectNode chart = o.putObject("chart").put("type", type).put("height", height);
        chart.putObject("toolbar").put("show", false);
        chart.putObject("animations").put("enabled", false);
        o.putObject("dataLabels").put("enabled", true);
        o.putObject("legend").put("show", false);
        return o;
    }

    private static ApexChart chart(String id) {
        ApexChart chart = new ApexChart();
        chart.setId(id);
        return chart;
    }
}
