package id.ppu.dukcapil.analytics.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.ppu.dukcapil.analytics.AgeBucket;
import id.ppu.dukcapil.analytics.AnalyticsService;
import id.ppu.dukcapil.analytics.AreaUptake;
import id.ppu.dukcapil.analytics.Backlog;
import id.ppu.dukcapil.analytics.HeatCell;
import id.ppu.dukcapil.analytics.MessageCounts;
import id.ppu.dukcapil.analytics.MonthlyChannels;
import id.ppu.dukcapil.analytics.ServiceChannels;
import id.ppu.dukcapil.analytics.Turnaround;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.CoverageFigure;
import id.ppu.dukcapil.region.CoverageGroup;
import id.ppu.dukcapil.region.CoverageIndicator;
import id.ppu.dukcapil.servicemode.ServiceMode;
import id.ppu.dukcapil.servicemode.ServiceModePeriod;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Builds the dashboard's ApexCharts options from the analytics records. Presentation only:
 * every figure arrives computed.
 */
final class DashboardCharts {

    /** Online channels in cool colours, in-person channels in warm ones. */
    static final Map<Channel, String> CHANNEL_COLORS = Map.of(
            Channel.WEB,
            "#1c7ed6",
            Channel.APP,
            "#1098ad",
            Channel.WHATSAPP,
            "#37b24d",
            Channel.OFFICE,
            "#f59f00",
            Channel.OUTREACH,
            "#d6336c");

    static final String ONLINE_COLOR = "#1c7ed6";
    static final String IN_PERSON_COLOR = "#f59f00";
    static final String SHARE_COLOR = "#7048e8";
    static final Map<ServiceMode, String> MODE_COLORS =
            Map.of(ServiceMode.LIMITED_HOURS, "#fab005", ServiceMode.ONLINE_ONLY, "#fa5252");
    private static final String[] STATUS_COLORS = {
        "#4dabf7", "#adb5bd", "#74c0fc", "#ff922b", "#e64980", "#845ef7", "#20c997"
    };

    /** Translations of the view that uses the charts. */
    interface Texts {
        String t(String key, Object... args);
    }

    private final Texts texts;

    DashboardCharts(Texts texts) {
        this.texts = texts;
    }

    /** Stacked columns per channel and month, the online share as a line, service-mode periods shaded. */
    ObjectNode trend(List<MonthlyChannels> months, List<ServiceModePeriod> modes, LocalDate today) {
        ObjectNode o = base("line", 380);
        o.withObjectProperty("chart").put("stacked", true);
        ArrayNode series = o.putArray("series");
        ArrayNode columnNames = ApexChart.newOptions().arrayNode();
        for (Channel c : Channel.values()) {
            String name = channel(c);
            columnNames.add(name);
            ObjectNode s = series.addObject().put("name", name).put("type", "column");
            ArrayNode data = s.putArray("data");
            months.forEach(
                    m -> data.addArray().add(millis(m.month())).add(m.counts().of(c)));
        }
        String shareName = texts.t("dashboard.series.onlineShare");
        ObjectNode share = series.addObject().put("name", shareName).put("type", "line");
        ArrayNode shareData = share.putArray("data");
        months.forEach(m -> {
            ArrayNode point = shareData.addArray().add(millis(m.month()));
            Double v = m.counts().onlineShare();
            if (v == null) {
                point.addNull();
            } else {
                point.add(round(v * 100, 1));
            }
        });
        colors(o, Arrays.stream(Channel.values()).map(CHANNEL_COLORS::get).toList(), SHARE_COLOR);
        ArrayNode width = o.putObject("stroke").putArray("width");
        Arrays.stream(Channel.values()).forEach(c -> width.add(0));
        width.add(3);
        o.putObject("plotOptions").putObject("bar").put("columnWidth", "85%");
        o.putObject("xaxis").put("type", "datetime");
        ArrayNode yaxis = o.putArray("yaxis");
        ObjectNode counts = yaxis.addObject();
        counts.set("seriesName", columnNames);
        counts.putObject("title").put("text", texts.t("dashboard.axis.cases"));
        counts.putObject("labels").put("formatter", "integer");
        ObjectNode shareAxis = yaxis.addObject()
                .put("seriesName", shareName)
                .put("opposite", true)
                .put("min", 0)
                .put("max", 100);
        shareAxis.putObject("title").put("text", texts.t("dashboard.axis.share"));
        shareAxis.putObject("labels").put("formatter", "percent0");
        ObjectNode tooltip = o.putObject("tooltip").put("shared", true).put("intersect", false);
        tooltip.putObject("x").put("format", "MMMM yyyy");
        // One legend row: ApexCharts would otherwise stack the series of each y-axis in a column.
        o.putObject("legend")
                .put("position", "top")
                .put("horizontalAlign", "left")
                .put("clusterGroupedSeries", false);
        if (!months.isEmpty()) {
            long start = millis(months.get(0).month());
            long end = millis(months.get(months.size() - 1).month().plusMonths(1));
            ArrayNode shaded = o.putObject("annotations").putArray("xaxis");
            Set<ServiceMode> labelled = EnumSet.noneOf(ServiceMode.class);
            for (ServiceModePeriod p : modes) {
                if (p.mode() == ServiceMode.NORMAL) {
                    continue;
                }
                long from = Math.max(start, millis(p.from().atZone(Wita.ZONE).toLocalDate()));
                long to = Math.min(
                        end,
                        p.to() == null
                                ? millis(today.plusDays(1))
                                : millis(p.to().atZone(Wita.ZONE).toLocalDate()));
                if (from < to) {
                    boolean closed = p.mode() == ServiceMode.ONLINE_ONLY;
                    ObjectNode a = shaded.addObject()
                            .put("x", from)
                            .put("x2", to)
                            .put("fillColor", MODE_COLORS.get(p.mode()))
                            .put("opacity", closed ? 0.4 : 0.18)
                            .put("borderColor", MODE_COLORS.get(p.mode()));
                    // Each mode is named once; the short online-only spells sit inside limited-hours periods, so lower.
                    if (labelled.add(p.mode())) {
                        a.putObject("label")
                                .put(
                                        "text",
                                        texts.t("dashboard.mode." + p.mode().name()))
                                .put("orientation", "horizontal")
                                .put("borderColor", MODE_COLORS.get(p.mode()))
                                .put("offsetY", closed ? 22 : 0);
                    }
                }
            }
        }
        return o;
    }

    /** 100% stacked online / in-person bars per area, in the given order. */
    ObjectNode areaShares(List<AreaUptake> areas) {
        ObjectNode o = base("bar", barHeight(areas.size()));
        o.withObjectProperty("chart").put("stacked", true).put("stackType", "100%");
        ArrayNode series = o.putArray("series");
        ArrayNode online = series.addObject()
                .put("name", texts.t("dashboard.series.online"))
                .putArray("data");
        ArrayNode inPerson = series.addObject()
                .put("name", texts.t("dashboard.series.inPerson"))
                .putArray("data");
        areas.forEach(a -> {
            online.add(a.counts().online());
            inPerson.add(a.counts().inPerson());
        });
        colors(o, List.of(ONLINE_COLOR, IN_PERSON_COLOR));
        horizontalBars(o);
        categories(o, areas.stream().map(AreaUptake::name).toList());
        o.putObject("dataLabels").put("enabled", true).put("formatter", "percent0");
        o.putObject("yaxis").putObject("labels").put("maxWidth", 160);
        o.putObject("tooltip").putObject("y").put("formatter", "integer");
        o.putObject("legend").put("position", "top");
        return o;
    }

    /** Requests per 1,000 residents per area, in the same order as {@link #areaShares}. */
    ObjectNode areaUptake(List<AreaUptake> areas) {
        ObjectNode o = base("bar", barHeight(areas.size()));
        ArrayNode data = o.putArray("series")
                .addObject()
                .put("name", texts.t("dashboard.series.uptake"))
                .putArray("data");
        areas.forEach(a -> data.add(a.uptakePer1000() == null ? 0 : round(a.uptakePer1000(), 1)));
        colors(o, List.of("#495057"));
        horizontalBars(o);
        categories(o, areas.stream().map(AreaUptake::name).toList());
        o.putObject("dataLabels").put("enabled", true).put("formatter", "decimal1");
        o.putObject("yaxis").putObject("labels").put("show", false);
        o.putObject("tooltip").putObject("y").put("formatter", "decimal1");
        // A legend like the share chart's keeps both charts' bars on the same rows.
        o.putObject("legend").put("position", "top").put("showForSingleSeries", true);
        return o;
    }

    /** Online share per district (rows, first district on top) and month (columns). */
    ObjectNode heatmap(List<HeatCell> cells) {
        Map<String, List<HeatCell>> byDistrict = new LinkedHashMap<>();
        cells.forEach(c -> byDistrict
                .computeIfAbsent(c.districtName(), k -> new ArrayList<>())
                .add(c));
        ObjectNode o = base("heatmap", 90 + 42 * byDistrict.size());
        ArrayNode series = o.putArray("series");
        List<String> names = List.copyOf(byDistrict.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            ArrayNode data = series.addObject().put("name", names.get(i)).putArray("data");
            byDistrict
                    .get(names.get(i))
                    .forEach(c -> data.addObject()
                            .put("x", monthLabel(c.month()))
                            .put("y", c.onlineShare() == null ? -1 : round(c.onlineShare() * 100, 1)));
        }
        ObjectNode heat = o.putObject("plotOptions")
                .putObject("heatmap")
                .put("enableShades", false)
                .put("radius", 2);
        ArrayNode ranges = heat.putObject("colorScale").putArray("ranges");
        ranges.addObject()
                .put("from", -1)
                .put("to", -0.001)
                .put("color", "#dee2e6")
                .put("name", texts.t("dashboard.heatmap.noData"));
        String[] greens = {"#fff3bf", "#d8f5a2", "#a9e34b", "#69db7c", "#40c057"};
        for (int i = 0; i < 5; i++) {
            ranges.addObject()
                    .put("from", i * 20)
                    .put("to", i == 4 ? 100 : i * 20 + 19.999)
                    .put("color", greens[i])
                    .put("name", (i * 20) + "-" + (i * 20 + 20) + "%");
        }
        // 24 columns leave no room for labels: the colour scale and the tooltip carry the values.
        o.putObject("dataLabels").put("enabled", false);
        o.putObject("tooltip").putObject("y").put("formatter", "percentOrDash");
        o.putObject("legend").put("position", "top");
        o.putObject("stroke").put("width", 1);
        return o;
    }

    /** Channels per service as 100% stacked bars. */
    ObjectNode services(List<ServiceChannels> rows) {
        ObjectNode o = base("bar", barHeight(rows.size()));
        o.withObjectProperty("chart").put("stacked", true).put("stackType", "100%");
        ArrayNode series = o.putArray("series");
        for (Channel c : Channel.values()) {
            ArrayNode data = series.addObject().put("name", channel(c)).putArray("data");
            rows.forEach(r -> data.add(r.counts().of(c)));
        }
        colors(o, Arrays.stream(Channel.values()).map(CHANNEL_COLORS::get).toList());
        horizontalBars(o);
        categories(o, rows.stream().map(r -> service(r.service())).toList());
        o.putObject("dataLabels").put("enabled", false);
        o.putObject("tooltip").putObject("y").put("formatter", "integer");
        o.putObject("legend").put("position", "top");
        return o;
    }

    /** Median (or 90th percentile) days per service, one bar per channel. */
    ObjectNode turnaround(List<Turnaround> figures, boolean p90) {
        ObjectNode o = base("bar", 380);
        ArrayNode series = o.putArray("series");
        List<ServiceType> services = figures.stream()
                .map(Turnaround::service)
                .filter(s -> s != null)
                .distinct()
                .sorted()
                .toList();
        ToDoubleFunction<Turnaround> value = p90 ? Turnaround::p90Days : Turnaround::medianDays;
        List<Channel> channels = Arrays.stream(Channel.values())
                .filter(c -> figures.stream().anyMatch(t -> t.channel() == c && t.service() != null))
                .toList();
        for (Channel c : channels) {
            ArrayNode data = series.addObject().put("name", channel(c)).putArray("data");
            for (ServiceType s : services) {
                figures.stream()
                        .filter(t -> t.channel() == c && t.service() == s)
                        .findFirst()
                        .ifPresentOrElse(t -> data.add(round(value.applyAsDouble(t), 1)), data::addNull);
            }
        }
        colors(o, channels.stream().map(CHANNEL_COLORS::get).toList());
        o.putObject("plotOptions").putObject("bar").put("columnWidth", "80%");
        categories(o, services.stream().map(this::service).toList());
        ObjectNode y = o.putObject("yaxis");
        y.putObject("title").put("text", texts.t("dashboard.axis.days"));
        y.putObject("labels").put("formatter", "decimal1");
        o.putObject("dataLabels").put("enabled", false);
        o.putObject("legend").put("position", "top");
        return o;
    }

    /** Open requests per age band, stacked by status (today) or as one series (a past day). */
    ObjectNode backlog(Backlog backlog) {
        ObjectNode o = base("bar", 320);
        o.withObjectProperty("chart").put("stacked", true);
        ArrayNode series = o.putArray("series");
        if (backlog.current()) {
            List<CaseStatus> statuses = AnalyticsService.openStatuses().stream()
                    .filter(s -> backlog.counts().stream().anyMatch(c -> c.status() == s))
                    .toList();
            for (CaseStatus s : statuses) {
                ArrayNode data =
                        series.addObject().put("name", texts.t(s.messageKey())).putArray("data");
                for (AgeBucket a : AgeBucket.values()) {
                    data.add(backlog.counts().stream()
                            .filter(c -> c.age() == a && c.status() == s)
                            .mapToLong(c -> c.cases())
                            .sum());
                }
            }
            colors(
                    o,
                    statuses.stream()
                            .map(s -> STATUS_COLORS[
                                    AnalyticsService.openStatuses().indexOf(s) % STATUS_COLORS.length])
                            .toList());
        } else {
            ArrayNode data = series.addObject()
                    .put("name", texts.t("dashboard.series.open"))
                    .putArray("data");
            Arrays.stream(AgeBucket.values()).forEach(a -> data.add(backlog.of(a)));
            colors(o, List.of("#ff922b"));
        }
        o.putObject("plotOptions").putObject("bar").put("columnWidth", "60%");
        categories(
                o,
                Arrays.stream(AgeBucket.values())
                        .map(a -> texts.t("age." + a.name()))
                        .toList());
        o.putObject("yaxis").putObject("labels").put("formatter", "integer");
        o.putObject("dataLabels").put("enabled", false);
        o.putObject("legend").put("position", "top");
        return o;
    }

    /** The WhatsApp statuses' keys, in the order messages move through them (and the two that end elsewhere). */
    static final List<String> WHATSAPP_STATUSES = List.of("WAITING", "SENT", "DELIVERED", "READ", "FAILED", "SKIPPED");

    /** Status notifications and clerks' replies by the furthest status each reached, one bar group per status. */
    ObjectNode whatsAppStatuses(MessageCounts notifications, MessageCounts replies) {
        ObjectNode o = base("bar", 320);
        ArrayNode series = o.putArray("series");
        statusSeries(series, texts.t("dashboard.wa.series.notifications"), notifications);
        statusSeries(series, texts.t("dashboard.wa.series.replies"), replies);
        colors(o, List.of("#37b24d", "#1c7ed6"));
        o.putObject("plotOptions").putObject("bar").put("columnWidth", "60%");
        categories(
                o,
                WHATSAPP_STATUSES.stream()
                        .map(s -> texts.t("dashboard.wa.status." + s))
                        .toList());
        o.putObject("yaxis").putObject("labels").put("formatter", "integer");
        o.putObject("dataLabels").put("enabled", false);
        o.putObject("legend").put("position", "top");
        return o;
    }

    private static void statusSeries(ArrayNode series, String name, MessageCounts c) {
        ArrayNode data = series.addObject().put("name", name).putArray("data");
        data.add(c.waiting())
                .add(c.sent())
                .add(c.delivered())
                .add(c.read())
                .add(c.failed())
                .add(c.skipped());
    }

    /** Each indicator's coverage per semester as lines (percent of the eligible), oldest semester first. */
    ObjectNode coverageTrend(List<CoverageGroup> semesters) {
        ObjectNode o = base("line", 320);
        ArrayNode series = o.putArray("series");
        for (CoverageIndicator indicator : CoverageIndicator.values()) {
            ObjectNode s = series.addObject().put("name", texts.t(indicator.messageKey()));
            ArrayNode data = s.putArray("data");
            semesters.forEach(g -> {
                CoverageFigure f = g.figure(indicator);
                if (f == null || f.coverage() == null) {
                    data.addNull();
                } else {
                    data.add(round(f.coverage() * 100, 1));
                }
            });
        }
        ArrayNode categories = o.putObject("xaxis").putArray("categories");
        semesters.forEach(g -> categories.add(g.name()));
        o.putObject("stroke").put("width", 3);
        ObjectNode y = o.putObject("yaxis").put("min", 0).put("max", 100);
        y.putObject("title").put("text", texts.t("coverage.coverage"));
        y.putObject("labels").put("formatter", "percent0");
        o.putObject("tooltip").put("shared", true).put("intersect", false);
        o.putObject("legend").put("position", "top").put("horizontalAlign", "left");
        return o;
    }

    private ObjectNode base(String type, int height) {
        ObjectNode o = ApexChart.newOptions();
        ObjectNode chart = o.putObject("chart").put("type", type).put("height", height);
        chart.putObject("toolbar").put("show", false);
        chart.putObject("zoom").put("enabled", false);
        chart.putObject("animations").put("enabled", false);
        ObjectNode locale = chart.putArray("locales").addObject().put("name", "app");
        ObjectNode names = locale.putObject("options");
        list(names.putArray("months"), texts.t("date.months"));
        list(names.putArray("shortMonths"), texts.t("dashboard.shortMonths"));
        list(names.putArray("days"), texts.t("date.weekdays"));
        list(names.putArray("shortDays"), texts.t("date.weekdaysShort"));
        chart.put("defaultLocale", "app");
        return o;
    }

    private String monthLabel(LocalDate month) {
        return texts.t("dashboard.shortMonths").split(",")[month.getMonthValue() - 1] + " "
                + String.valueOf(month.getYear()).substring(2);
    }

    private String channel(Channel c) {
        return texts.t("channel." + c.name());
    }

    private String service(ServiceType s) {
        return texts.t("service." + s.name());
    }

    private static void horizontalBars(ObjectNode o) {
        o.putObject("plotOptions").putObject("bar").put("horizontal", true).put("barHeight", "70%");
    }

    private static void categories(ObjectNode o, List<String> names) {
        ArrayNode c = o.withObjectProperty("xaxis").putArray("categories");
        names.forEach(c::add);
    }

    private static void colors(ObjectNode o, List<String> first, String... more) {
        ArrayNode c = o.putArray("colors");
        first.forEach(c::add);
        Arrays.stream(more).forEach(c::add);
    }

    private static void list(ArrayNode target, String commaSeparated) {
        Arrays.stream(commaSeparated.split(",")).forEach(target::add);
    }

    private static int barHeight(int bars) {
        return 70 + 30 * Math.max(bars, 1);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
