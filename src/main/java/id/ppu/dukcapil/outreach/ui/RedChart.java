package id.ppu.dukcapil.outreach.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.outreach.PriorityReport;
import id.ppu.dukcapil.outreach.RedCategory;
import id.ppu.dukcapil.outreach.Thresholds;
import id.ppu.dukcapil.outreach.VillagePriority;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The "Reaching Every District" 2x2 as a scatter chart: one point per village, utilisation
 * (share of the last 12 months' requests completed) across, access (uptake against the
 * regency's rate) up, the two thresholds drawn as lines, one colour per category. The axes close
 * in on the villages (and the thresholds) so that a cluster near 90% stays readable; access above
 * {@link #ACCESS_AXIS_MAX}% is drawn on the top edge (the tooltip gives the real value), so a few
 * busy villages do not squeeze the rest into the bottom. Clicking a point reports its village.
 */
class RedChart extends ApexChart {

    /** Top of the access axis in percent of the regency's rate. */
    static final int ACCESS_AXIS_MAX = 250;

    static final Map<RedCategory, String> COLORS = Map.of(
            RedCategory.CAT_1,
            "#2f9e44",
            RedCategory.CAT_2,
            "#1c7ed6",
            RedCategory.CAT_3,
            "#868e96",
            RedCategory.CAT_4,
            "#e03131");
    /** Series order: the outreach team's concern first, so its points are drawn and listed first. */
    private static final List<RedCategory> ORDER =
            List.of(RedCategory.CAT_4, RedCategory.CAT_2, RedCategory.CAT_3, RedCategory.CAT_1);

    private final Map<RedCategory, List<VillagePriority>> points = new EnumMap<>(RedCategory.class);

    RedChart(Consumer<VillagePriority> onVillageClick) {
        setId("red-chart");
        setHeight("440px");
        addDataPointClickListener(e -> {
            if (e.getSeriesIndex() < ORDER.size()) {
                List<VillagePriority> list = points.getOrDefault(ORDER.get(e.getSeriesIndex()), List.of());
                if (e.getDataPointIndex() < list.size()) {
                    onVillageClick.accept(list.get(e.getDataPointIndex()));
                }
            }
        });
    }

    void show(PriorityReport report) {
        points.clear();
        ORDER.forEach(c -> points.put(c, new ArrayList<>()));
        report.villages().forEach(p -> points.get(p.category()).add(p));
        setOptions(options(this, report.thresholds()));
    }

    /** Left end of the utilisation axis: 10-point steps below the lowest village and the threshold. */
    static int utilisationAxisMin(List<VillagePriority> villages, Thresholds thresholds) {
        double lowest =
                villages.stream().mapToDouble(p -> 100 * p.utilisation()).min().orElse(0);
        return (int) Math.max(0, Math.floor((Math.min(lowest, thresholds.utilisationGoodPct()) - 5) / 10) * 10);
    }

    /** Top of the access axis: 50-point steps above the highest village and the threshold, at most {@link #ACCESS_AXIS_MAX}. */
    static int accessAxisMax(List<VillagePriority> villages, Thresholds thresholds) {
        double highest =
                villages.stream().mapToDouble(p -> 100 * p.accessRatio()).max().orElse(0);
        return (int) Math.min(
                ACCESS_AXIS_MAX, Math.ceil((Math.max(highest, thresholds.accessGoodPct()) + 10) / 50) * 50);
    }

    private ObjectNode options(Component c, Thresholds thresholds) {
        List<VillagePriority> all =
                points.values().stream().flatMap(List::stream).toList();
        int xMin = utilisationAxisMin(all, thresholds);
        int yMax = accessAxisMax(all, thresholds);
        ObjectNode o = newOptions();
        ObjectNode chart = o.putObject("chart").put("type", "scatter").put("height", 420);
        chart.putObject("animations").put("enabled", false);
        chart.putObject("zoom").put("enabled", false);
        chart.putObject("toolbar").put("show", false);
        ArrayNode colors = o.putArray("colors");
        ArrayNode series = o.putArray("series");
        for (RedCategory category : ORDER) {
            List<VillagePriority> villages = points.get(category);
            colors.add(COLORS.get(category));
            ArrayNode data = series.addObject()
                    .put("name", c.getTranslation(category.messageKey()) + " (" + villages.size() + ")")
                    .putArray("data");
            for (VillagePriority p : villages) {
                data.addObject()
                        .put("x", round(100 * p.utilisation()))
                        .put("y", round(Math.min(yMax, 100 * p.accessRatio())))
                        .put(
                                "label",
                                p.village().name() + ", "
                                        + c.getTranslation(
                                                "outreach.red.chart.district",
                                                p.village().districtName()))
                        .put(
                                "detail",
                                c.getTranslation(
                                        "outreach.red.villageTitle",
                                        Texts.percent(c, p.accessRatio()),
                                        Texts.percent(c, p.utilisation()),
                                        p.village().districtName()));
            }
        }
        o.putObject("markers").put("size", 7).put("strokeWidth", 1).put("fillOpacity", 0.85);
        o.putObject("xaxis")
                .put("type", "numeric")
                .put("min", xMin)
                .put("max", 100)
                .put("tickAmount", (100 - xMin) / (xMin >= 50 ? 5 : 10))
                .putObject("labels")
                .put("formatter", "percent0");
        o.withObjectProperty("xaxis").putObject("title").put("text", c.getTranslation("outreach.red.chart.x"));
        ObjectNode y = o.putObject("yaxis").put("min", 0).put("max", yMax).put("tickAmount", yMax / 25);
        y.putObject("labels").put("formatter", "percent0");
        y.putObject("title").put("text", c.getTranslation("outreach.red.chart.y"));
        ObjectNode annotations = o.putObject("annotations");
        annotations
                .putArray("xaxis")
                .addObject()
                .put("x", thresholds.utilisationGoodPct())
                .put("borderColor", "#495057")
                .put("strokeDashArray", 4)
                .putObject("label")
                .put("text", c.getTranslation("outreach.red.chart.xLine", thresholds.utilisationGoodPct()))
                .put("orientation", "vertical");
        annotations
                .putArray("yaxis")
                .addObject()
                .put("y", thresholds.accessGoodPct())
                .put("borderColor", "#495057")
                .put("strokeDashArray", 4)
                .putObject("label")
                .put("text", c.getTranslation("outreach.red.chart.yLine", thresholds.accessGoodPct()));
        o.putObject("legend").put("position", "bottom");
        o.putObject("tooltip").put("custom", "pointLabel");
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
