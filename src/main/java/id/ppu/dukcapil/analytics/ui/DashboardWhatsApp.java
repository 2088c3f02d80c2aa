package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.analytics.AnalyticsFilter;
import id.ppu.dukcapil.analytics.FailureCount;
import id.ppu.dukcapil.analytics.FigureCsv;
import id.ppu.dukcapil.analytics.MessageCounts;
import id.ppu.dukcapil.analytics.ResponseTimes;
import id.ppu.dukcapil.analytics.WhatsAppFigures;
import id.ppu.dukcapil.analytics.WhatsAppStats;
import id.ppu.dukcapil.base.WorkingHours;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dashboard's WhatsApp tab: how fast clerks answered residents (in working hours), what became
 * of the status notifications and replies, and opt-outs, for the dashboard's period and district.
 * Figures from {@link WhatsAppStats}; aggregates only.
 */
class DashboardWhatsApp extends Composite<VerticalLayout> {

    /** Error codes with an explanation in the bundle ({@code dashboard.wa.error.<code>}). */
    private static final Set<String> EXPLAINED = Set.of("131026", "131047", "131049");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final transient WhatsAppStats stats;
    private final transient DashboardCharts charts;
    private final Paragraph empty = new Paragraph();
    private final Span scope = new Span();
    private final Div content = new Div();
    private final KpiCard response;
    private final KpiCard withinHour;
    private final KpiCard withinDay;
    private final KpiCard unanswered;
    private final KpiCard notified;
    private final KpiCard failed;
    private final KpiCard optOuts;
    private final ApexChart statuses = new ApexChart();
    private final ChartCard statusesCard;
    private final Span failures = new Span();

    DashboardWhatsApp(WhatsAppStats stats, DashboardCharts charts) {
        this.stats = stats;
        this.charts = charts;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("dashboard-whatsapp");
        empty.setId("whatsapp-empty");
        empty.setText(getTranslation("dashboard.wa.empty"));
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        scope.setId("whatsapp-scope");
        scope.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        response = new KpiCard("kpi-wa-response", getTranslation("dashboard.wa.kpi.response"));
        withinHour = new KpiCard("kpi-wa-hour", getTranslation("dashboard.wa.kpi.hour"));
        withinDay = new KpiCard("kpi-wa-day", getTranslation("dashboard.wa.kpi.day"));
        unanswered = new KpiCard("kpi-wa-unanswered", getTranslation("dashboard.wa.kpi.unanswered"));
        notified = new KpiCard("kpi-wa-notified", getTranslation("dashboard.wa.kpi.notified"));
        failed = new KpiCard("kpi-wa-failed", getTranslation("dashboard.wa.kpi.failed"));
        optOuts = new KpiCard("kpi-wa-optouts", getTranslation("dashboard.wa.kpi.optOuts"));
        Div kpis = new Div(response, withinHour, withinDay, unanswered, notified, failed, optOuts);
        kpis.setWidthFull();
        kpis.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        kpis.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(min(200px, 100%), 1fr))");

        statuses.setId("chart-whatsapp-statuses");
        statusesCard = new ChartCard(
                "card-whatsapp-statuses",
                getTranslation("dashboard.wa.chart.statuses"),
                getTranslation("dashboard.wa.chart.statuses.help"),
                FigureCsv.WHATSAPP_FILE,
                statuses);
        failures.setId("whatsapp-failures");
        failures.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        statusesCard.add(failures);

        content.setWidthFull();
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        content.add(kpis, statusesCard, help());
        root.add(empty, scope, content);
    }

    /** Reads and shows the figures of the filter's period and district ({@code districtName} for the note). */
    void show(AnalyticsFilter filter, String districtName) {
        WhatsAppFigures f = stats.figures(filter);
        boolean none = f.isEmpty();
        empty.setVisible(none);
        content.setVisible(!none);
        scope.setText(
                filter.districtCode() == null
                        ? getTranslation("dashboard.wa.scope.all")
                        : getTranslation("dashboard.wa.scope.district", districtName));
        WorkingHours hours = stats.workingHours();
        showResponses(f.responses(), hours);
        showMessages(f.notifications());
        optOuts.show(integer(f.optOuts()), getTranslation("dashboard.wa.kpi.optOuts.sub", integer(f.optedOutNow())));
        statuses.setOptions(charts.whatsAppStatuses(f.notifications(), f.replies()));
        statusesCard.show(f.notifications().total() + f.replies().total() > 0, () -> FigureCsv.whatsApp(f));
        failures.setText(
                f.failures().isEmpty()
                        ? ""
                        : getTranslation(
                                "dashboard.wa.failures",
                                f.failures().stream().map(this::failure).collect(Collectors.joining(" · "))));
        failures.setVisible(!f.failures().isEmpty());
    }

    private void showResponses(ResponseTimes r, WorkingHours hours) {
        response.show(
                r.medianHours() == null ? getTranslation("dashboard.kpi.none") : workingTime(r.medianHours()),
                r.medianHours() == null
                        ? getTranslation("dashboard.wa.kpi.response.none")
                        : getTranslation(
                                "dashboard.wa.kpi.response.sub", workingTime(r.p90Hours()), integer(r.answered())));
        withinHour.show(percent(r.withinHourShare()), getTranslation("dashboard.wa.kpi.hour.sub"));
        withinDay.show(
                percent(r.withinDayShare()),
                getTranslation(
                        "dashboard.wa.kpi.day.sub",
                        decimal(r.workingDayHours()),
                        TIME.format(hours.opens()),
                        TIME.format(hours.closes())));
        unanswered.show(
                integer(r.waiting()),
                getTranslation("dashboard.wa.kpi.unanswered.sub", integer(r.waits()), integer(r.closedWithoutReply())));
    }

    private void showMessages(MessageCounts n) {
        notified.show(
                integer(n.accepted()),
                getTranslation(
                        "dashboard.wa.kpi.notified.sub",
                        integer(n.delivered() + n.read()),
                        integer(n.read()),
                        integer(n.total())));
        failed.show(
                integer(n.failed()),
                n.failedShare() == null
                        ? getTranslation("dashboard.wa.kpi.failed.none")
                        : getTranslation("dashboard.wa.kpi.failed.sub", percent(n.failedShare())));
    }

    private String failure(FailureCount c) {
        String count = integer(c.messages());
        return EXPLAINED.contains(c.code())
                ? getTranslation(
                        "dashboard.wa.failure.explained",
                        c.code(),
                        count,
                        getTranslation("dashboard.wa.error." + c.code()))
                : getTranslation("dashboard.wa.failure", c.code(), count);
    }

    private UnorderedList help() {
        UnorderedList list = new UnorderedList();
        for (String key : List.of("wait", "answer", "shares", "statuses", "optOuts")) {
            list.add(new ListItem(getTranslation("dashboard.wa.help." + key)));
        }
        list.setId("whatsapp-help");
        list.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        return list;
    }

    /** Under an hour in minutes, else hours with one decimal, both of working time. */
    private String workingTime(double hours) {
        return hours < 1
                ? getTranslation("dashboard.wa.minutes", integer(Math.round(hours * 60)))
                : getTranslation("dashboard.wa.hours", decimal(hours));
    }

    private String percent(Double share) {
        return share == null ? getTranslation("dashboard.kpi.none") : decimal(share * 100) + "%";
    }

    private String integer(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    private String decimal(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }
}
