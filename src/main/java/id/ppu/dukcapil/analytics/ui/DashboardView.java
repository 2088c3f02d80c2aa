package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.analytics.AnalyticsFilter;
import id.ppu.dukcapil.analytics.AnalyticsService;
import id.ppu.dukcapil.analytics.AreaUptake;
import id.ppu.dukcapil.analytics.Backlog;
import id.ppu.dukcapil.analytics.Dashboard;
import id.ppu.dukcapil.analytics.FigureCsv;
import id.ppu.dukcapil.analytics.HeatCell;
import id.ppu.dukcapil.analytics.Kpis;
import id.ppu.dukcapil.analytics.PeriodPreset;
import id.ppu.dukcapil.analytics.ServiceStandardStats;
import id.ppu.dukcapil.analytics.Turnaround;
import id.ppu.dukcapil.analytics.WhatsAppStats;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.FilterChips;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.base.ui.map.MapTiles;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.CoverageService;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.region.VillageInfo;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.servicemode.ServiceModeService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The head's dashboard of channel uptake: how many requests, how many online, where, over
 * time, and how the office copes. Filters live in the URL; every chart's figures download as CSV.
 */
@Menu(order = 10, icon = "vaadin:dashboard", title = "nav.dashboard")
@Route("dasbor")
@RolesAllowed({Role.HEAD, Role.PLANNER})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "dasbor";

    private final transient AnalyticsService analytics;
    private final transient ServiceModeService serviceModes;
    private final transient DashboardCharts charts = new DashboardCharts(this::getTranslation);
    private final List<DistrictInfo> districts;
    /** Villages whose population is still the synthetic estimate. */
    private final java.util.Set<String> estimatedVillages;

    private final Span estimatedNote = new Span();

    private final Select<PeriodPreset> period = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<DistrictInfo> district = new ComboBox<>();
    private final ComboBox<ServiceType> service = new ComboBox<>();
    private final Span subtitle = new Span();
    private final FilterChips chips;

    private final KpiCard casesKpi;
    private final KpiCard onlineKpi;
    private final KpiCard backlogKpi;
    private final KpiCard turnaroundKpi;

    private final ApexChart trendChart = chart("chart-trend");
    private final ApexChart areaChart = chart("chart-areas");
    private final ApexChart uptakeChart = chart("chart-uptake");
    private final ApexChart heatmapChart = chart("chart-heatmap");
    private final ApexChart servicesChart = chart("chart-services");
    private final ApexChart turnaroundChart = chart("chart-turnaround");
    private final ApexChart backlogChart = chart("chart-backlog");
    private final ChartCard trendCard;
    private final ChartCard areaCard;
    private final ChartCard heatmapCard;
    private final ChartCard servicesCard;
    private final ChartCard turnaroundCard;
    private final ChartCard backlogCard;
    private final Select<AreaSort> areaSort = new Select<>();
    private final Button areaBack = new Button();
    private final RadioButtonGroup<Boolean> percentile = new RadioButtonGroup<>();
    private final TabSheet tabs = new TabSheet();
    private final DashboardMap map;
    private final Tab mapTab;
    private final DashboardCoverage coverage;
    private final Tab coverageTab;
    private final DashboardWhatsApp whatsApp;
    private final Tab whatsAppTab;

    private DashboardQuery query = DashboardQuery.defaults();
    private Dashboard data;
    private List<AreaUptake> sortedAreas = List.of();
    private boolean applyingUrl;

    private final StandardsSection standards;

    public DashboardView(
            AnalyticsService analytics,
            ServiceModeService serviceModes,
            RegionService regions,
            MapTiles tiles,
            ServiceStandardStats standardStats,
            CoverageService coverageFigures,
            WhatsAppStats whatsAppStats) {
        this.standards = new StandardsSection(standardStats);
        this.analytics = analytics;
        this.serviceModes = serviceModes;
        this.districts = regions.districts();
        this.estimatedVillages = regions.villages().stream()
                .filter(VillageInfo::populationEstimated)
                .map(VillageInfo::code)
                .collect(java.util.stream.Collectors.toSet());
        setPadding(true);
        addClassNames(LumoUtility.Background.CONTRAST_5);

        H2 title = new H2(getTranslation("dashboard.title"));
        title.addClassNames(LumoUtility.Margin.NONE);
        subtitle.setId("dashboard-period");
        subtitle.addClassNames(LumoUtility.TextColor.SECONDARY);

        period.setId("filter-period");
        period.setLabel(getTranslation("dashboard.filter.period"));
        period.setItems(PeriodPreset.values());
        period.setItemLabelGenerator(p -> getTranslation("period." + p.name()));
        from = DatePickers.create(getTranslation("dashboard.filter.from"));
        from.setId("filter-from");
        to = DatePickers.create(getTranslation("dashboard.filter.to"));
        to.setId("filter-to");
        district.setId("filter-district");
        district.setLabel(getTranslation("dashboard.filter.district"));
        district.setPlaceholder(getTranslation("dashboard.filter.district.all"));
        district.setItems(districts);
        district.setItemLabelGenerator(DistrictInfo::name);
        district.setClearButtonVisible(true);
        service.setId("filter-service");
        service.setLabel(getTranslation("dashboard.filter.service"));
        service.setPlaceholder(getTranslation("dashboard.filter.service.all"));
        service.setItems(ServiceType.values());
        service.setItemLabelGenerator(s -> getTranslation("service." + s.name()));
        service.setClearButtonVisible(true);
        List<HasValue<?, ?>> fields = List.of(period, from, to, district, service);
        fields.forEach(f -> f.addValueChangeListener(e -> onFilterChange()));
        FlexLayout filters = new FlexLayout(period, from, to, district, service);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.SMALL);
        chips = new FilterChips("dashboard-filter", filters);

        casesKpi = new KpiCard("kpi-cases", getTranslation("dashboard.kpi.cases"));
        onlineKpi = new KpiCard("kpi-online", getTranslation("dashboard.kpi.online"));
        backlogKpi = new KpiCard("kpi-backlog", getTranslation("dashboard.kpi.backlog"));
        turnaroundKpi = new KpiCard("kpi-turnaround", getTranslation("dashboard.kpi.turnaround"));
        Div kpis = grid("200px", casesKpi, onlineKpi, backlogKpi, turnaroundKpi);

        trendCard = new ChartCard(
                "card-trend",
                getTranslation("dashboard.chart.trend"),
                getTranslation("dashboard.chart.trend.help"),
                FigureCsv.TREND_FILE,
                trendChart);
        areaChart.getStyle().set("flex", "3");
        uptakeChart.getStyle().set("flex", "2");
        areaCard = new ChartCard(
                "card-areas",
                getTranslation("dashboard.chart.areas"),
                getTranslation("dashboard.chart.areas.help"),
                FigureCsv.AREAS_FILE,
                areaChart,
                uptakeChart);
        areaSort.setId("area-sort");
        areaSort.setAriaLabel(getTranslation("dashboard.area.sort"));
        areaSort.setItems(AreaSort.values());
        areaSort.setItemLabelGenerator(s -> getTranslation("area.sort." + s.name()));
        areaSort.setWidth("15em");
        areaSort.addValueChangeListener(e -> {
            if (!applyingUrl && e.getValue() != null) {
                query = new DashboardQuery(
                        query.preset(), query.from(), query.to(), query.district(), query.service(), e.getValue());
                writeUrl();
                showAreas();
            }
        });
        areaBack.setText(getTranslation("dashboard.area.back"));
        areaBack.setIcon(VaadinIcon.ARROW_LEFT.create());
        areaBack.setId("area-back");
        areaBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        areaBack.addClickListener(e -> drillTo(null));
        areaCard.addTools(areaBack, areaSort);
        estimatedNote.setId("dashboard-population-estimated");
        estimatedNote.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        areaCard.add(estimatedNote);
        areaChart.addDataPointClickListener(e -> onAreaClick(e.getDataPointIndex()));
        uptakeChart.addDataPointClickListener(e -> onAreaClick(e.getDataPointIndex()));

        heatmapCard = new ChartCard(
                "card-heatmap", getTranslation("dashboard.chart.heatmap"), null, FigureCsv.HEATMAP_FILE, heatmapChart);
        heatmapChart.addDataPointClickListener(e -> onHeatmapClick(e.getSeriesIndex()));
        servicesCard = new ChartCard(
                "card-services",
                getTranslation("dashboard.chart.services"),
                getTranslation("dashboard.chart.services.help"),
                FigureCsv.SERVICES_FILE,
                servicesChart);
        turnaroundCard = new ChartCard(
                "card-turnaround",
                getTranslation("dashboard.chart.turnaround"),
                null,
                FigureCsv.TURNAROUND_FILE,
                turnaroundChart);
        percentile.setId("turnaround-percentile");
        percentile.setItems(false, true);
        percentile.setItemLabelGenerator(
                p90 -> getTranslation(p90 ? "dashboard.chart.turnaround.p90" : "dashboard.chart.turnaround.median"));
        percentile.setValue(false);
        percentile.addValueChangeListener(e -> showTurnaround());
        turnaroundCard.addTools(percentile);
        backlogCard = new ChartCard(
                "card-backlog", getTranslation("dashboard.chart.backlog"), null, FigureCsv.BACKLOG_FILE, backlogChart);

        Div charts = new Div(
                trendCard,
                grid("520px", areaCard, heatmapCard),
                grid("520px", servicesCard, turnaroundCard),
                backlogCard,
                standards);
        charts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        map = new DashboardMap(tiles, regions.villagePlaces(), regions.districtCentres(), this::openCases);
        map.markEstimated(estimatedVillages);
        tabs.setId("dashboard-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("dashboard.tab.charts"), charts);
        mapTab = tabs.add(getTranslation("dashboard.tab.map"), map);
        mapTab.setId("dashboard-tab-map");
        coverage = new DashboardCoverage(coverageFigures, this.charts);
        coverageTab = tabs.add(getTranslation("coverage.dashboard.tab"), coverage);
        coverageTab.setId("dashboard-tab-coverage");
        whatsApp = new DashboardWhatsApp(whatsAppStats, this.charts);
        whatsAppTab = tabs.add(getTranslation("dashboard.tab.whatsapp"), whatsApp);
        whatsAppTab.setId("dashboard-tab-whatsapp");
        tabs.addSelectedChangeListener(e -> {
            showMap();
            showCoverage();
            showWhatsApp();
        });

        add(title, subtitle, chips.toggle(), filters, chips, help(), kpis, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = DashboardQuery.fromQuery(event.getLocation().getQueryParameters());
        applyingUrl = true;
        period.setValue(query.preset());
        from.setValue(query.from());
        to.setValue(query.to());
        district.setValue(districtOf(query.district()));
        service.setValue(query.service());
        areaSort.setValue(query.sort());
        applyingUrl = false;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }

    private void onFilterChange() {
        if (applyingUrl) {
            return;
        }
        boolean custom = period.getValue() == PeriodPreset.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        if (custom
                && from.getValue() != null
                && to.getValue() != null
                && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("dashboard.filter.invalidRange"));
            return;
        }
        to.setInvalid(false);
        query = new DashboardQuery(
                period.getValue() == null ? DashboardQuery.DEFAULT_PRESET : period.getValue(),
                from.getValue(),
                to.getValue(),
                district.getValue() == null ? null : district.getValue().code(),
                service.getValue(),
                areaSort.getValue() == null ? AreaSort.CODE : areaSort.getValue());
        writeUrl();
        refresh();
    }

    private void drillTo(String districtCode) {
        applyingUrl = true;
        district.setValue(districtOf(districtCode));
        applyingUrl = false;
        query = query.withDistrict(districtCode);
        writeUrl();
        refresh();
    }

    private void onAreaClick(int index) {
        if (index < 0 || index >= sortedAreas.size()) {
            return;
        }
        AreaUptake area = sortedAreas.get(index);
        if (!data.villages()) {
            drillTo(area.code());
        } else {
            openCases(area);
        }
    }

    /** A village's requests of the period in the case list (names stay masked for the head). */
    private void openCases(AreaUptake area) {
        AnalyticsFilter f = data.filter();
        UI.getCurrent()
                .navigate(
                        "kasus",
                        QueryParameters.simple(Map.of(
                                "village",
                                area.code(),
                                "district",
                                area.code().substring(0, 8),
                                "from",
                                f.period().from().toString(),
                                "to",
                                f.period().to().toString())));
    }

    /** The map's villages for the current filter, read only while its tab is open. */
    private void showMap() {
        if (data != null && tabs.getSelectedTab() == mapTab) {
            map.show(analytics.villages(data.filter()));
        }
    }

    /** The coverage figures of the filter's district (or the regency), read only while their tab is open. */
    private void showCoverage() {
        if (data != null && tabs.getSelectedTab() == coverageTab) {
            coverage.show(data.filter().districtCode());
        }
    }

    /** The WhatsApp figures for the current filter, read only while their tab is open. */
    private void showWhatsApp() {
        if (data != null && tabs.getSelectedTab() == whatsAppTab) {
            whatsApp.show(data.filter(), districtName(data.filter().districtCode()));
        }
    }

    private void onHeatmapClick(int seriesIndex) {
        List<String> codes =
                data.heatmap().stream().map(HeatCell::districtCode).distinct().toList();
        // The heatmap lists the first district on top, i.e. as its last series.
        int i = codes.size() - 1 - seriesIndex;
        if (i >= 0 && i < codes.size() && data.filter().districtCode() == null) {
            drillTo(codes.get(i));
        }
    }

    private void writeUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, query.toQuery()));
    }

    private void refresh() {
        boolean custom = query.preset() == PeriodPreset.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        showChips();
        AnalyticsFilter filter = query.filter(analytics.today());
        data = analytics.dashboard(filter);
        subtitle.setText(getTranslation(
                "dashboard.subtitle",
                Formats.date(filter.period().from()),
                Formats.date(filter.period().to())));
        showKpis(data.kpis());
        boolean hasTrend = data.trend().stream().anyMatch(m -> m.counts().total() > 0);
        trendChart.setOptions(charts.trend(data.trend(), serviceModes.history(), analytics.today()));
        trendCard.show(hasTrend, () -> FigureCsv.trend(data.trend()));
        showAreas();
        heatmapChart.setOptions(charts.heatmap(data.heatmap()));
        heatmapCard.show(data.heatmap().stream().anyMatch(c -> c.total() > 0), () -> FigureCsv.heatmap(data.heatmap()));
        servicesChart.setOptions(charts.services(data.byService()));
        servicesCard.show(!data.isEmpty(), () -> FigureCsv.services(data.byService()));
        showTurnaround();
        Backlog backlog = data.backlog();
        backlogCard.setHeading(
                backlog.current()
                        ? getTranslation("dashboard.chart.backlog")
                        : getTranslation("dashboard.chart.backlog.past", Formats.date(backlog.asOf())));
        backlogChart.setOptions(charts.backlog(backlog));
        backlogCard.show(backlog.total() > 0, () -> FigureCsv.backlog(backlog));
        standards.show(filter);
        showMap();
        showCoverage();
        showWhatsApp();
    }

    /** The filters that differ from the defaults as chips (a phone shows them instead of the fields). */
    private void showChips() {
        List<FilterChips.Chip> active = new ArrayList<>();
        if (query.preset() != DashboardQuery.DEFAULT_PRESET) {
            active.add(new FilterChips.Chip(
                    "period",
                    getTranslation("period." + query.preset().name()),
                    () -> period.setValue(DashboardQuery.DEFAULT_PRESET)));
        }
        if (query.district() != null) {
            active.add(new FilterChips.Chip("district", districtName(query.district()), () -> drillTo(null)));
        }
        if (query.service() != null) {
            active.add(new FilterChips.Chip(
                    "service", getTranslation("service." + query.service().name()), service::clear));
        }
        chips.setChips(active);
    }

    private void showKpis(Kpis k) {
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat decimal = decimal(1);
        casesKpi.show(
                integer.format(k.counts().total()),
                k.uptakePer1000() == null
                        ? ""
                        : getTranslation("dashboard.kpi.cases.sub", decimal.format(k.uptakePer1000())));
        Double share = k.counts().onlineShare();
        Double change = k.onlineShareChangePoints();
        String changeText;
        if (change == null) {
            changeText = getTranslation("dashboard.kpi.online.none");
        } else if (Math.abs(change) < 0.05) {
            changeText = getTranslation("dashboard.kpi.online.same");
        } else {
            changeText = getTranslation(
                    change > 0 ? "dashboard.kpi.online.up" : "dashboard.kpi.online.down",
                    decimal.format(Math.abs(change)));
        }
        onlineKpi.show(
                share == null ? getTranslation("dashboard.kpi.none") : decimal.format(share * 100) + "%", changeText);
        Backlog b = k.backlog();
        backlogKpi.show(
                integer.format(b.total()),
                b.current()
                        ? getTranslation("dashboard.kpi.backlog.waiting", integer.format(b.waitingInPerson()))
                        : getTranslation("dashboard.kpi.backlog.past", Formats.date(b.asOf())));
        Turnaround t = k.turnaround();
        turnaroundKpi.show(
                t == null
                        ? getTranslation("dashboard.kpi.none")
                        : getTranslation("dashboard.kpi.turnaround.value", decimal.format(t.medianDays())),
                t == null ? "" : getTranslation("dashboard.kpi.turnaround.sub", decimal.format(t.p90Days())));
    }

    private void showAreas() {
        if (data == null) {
            return;
        }
        AreaSort sort = areaSort.getValue() == null ? AreaSort.CODE : areaSort.getValue();
        sortedAreas = data.areas().stream().sorted(sort.order()).toList();
        areaCard.setHeading(
                data.villages()
                        ? getTranslation(
                                "dashboard.chart.areas.villages",
                                districtName(data.filter().districtCode()))
                        : getTranslation("dashboard.chart.areas"));
        areaBack.setVisible(data.villages());
        long estimated = data.villages()
                ? sortedAreas.stream()
                        .filter(a -> estimatedVillages.contains(a.code()))
                        .count()
                : 0;
        estimatedNote.setText(
                estimated == 0 ? "" : getTranslation("dashboard.population.estimated", estimated, sortedAreas.size()));
        estimatedNote.setVisible(estimated > 0);
        areaChart.setOptions(charts.areaShares(sortedAreas));
        uptakeChart.setOptions(charts.areaUptake(sortedAreas));
        List<AreaUptake> rows = sortedAreas;
        areaCard.show(rows.stream().anyMatch(a -> a.counts().total() > 0), () -> FigureCsv.areas(rows));
    }

    private void showTurnaround() {
        if (data == null) {
            return;
        }
        boolean p90 = Boolean.TRUE.equals(percentile.getValue());
        turnaroundChart.setOptions(charts.turnaround(data.turnaround(), p90));
        List<Turnaround> rows = data.turnaround();
        turnaroundCard.show(rows.stream().anyMatch(t -> t.service() != null), () -> FigureCsv.turnaround(rows));
    }

    private Details help() {
        UnorderedList list = new UnorderedList();
        for (String key : List.of("online", "uptake", "turnaround", "backlog", "period")) {
            list.add(new ListItem(getTranslation("dashboard.help." + key)));
        }
        list.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        Details details = new Details(getTranslation("dashboard.help.title"), list);
        details.setId("dashboard-help");
        return details;
    }

    private DistrictInfo districtOf(String code) {
        return code == null
                ? null
                : districts.stream()
                        .filter(d -> d.code().equals(code))
                        .findFirst()
                        .orElse(null);
    }

    private String districtName(String code) {
        DistrictInfo d = districtOf(code);
        return d == null ? Objects.toString(code, "") : d.name();
    }

    private NumberFormat decimal(int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }

    private static ApexChart chart(String id) {
        ApexChart chart = new ApexChart();
        chart.setId(id);
        return chart;
    }

    private static Div grid(String minColumn, com.vaadin.flow.component.Component... items) {
        Div grid = new Div(items);
        grid.setWidthFull();
        grid.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        grid.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(min(" + minColumn + ", 100%), 1fr))");
        return grid;
    }
}
