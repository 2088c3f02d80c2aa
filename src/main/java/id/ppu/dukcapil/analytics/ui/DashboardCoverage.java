package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.region.CoverageFigure;
import id.ppu.dukcapil.region.CoverageGroup;
import id.ppu.dukcapil.region.CoverageIndicator;
import id.ppu.dukcapil.region.CoverageService;
import id.ppu.dukcapil.region.Semester;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's coverage tab: for the newest semester with figures, one indicator's holders,
 * eligible, coverage, target and gap in people per district and per village, and each
 * indicator's coverage per semester as a line chart. Synthetic (demo) figures say so.
 */
class DashboardCoverage extends Composite<VerticalLayout> {

    private final transient CoverageService coverage;
    private final transient DashboardCharts charts;
    private final Select<CoverageIndicator> indicator = new Select<>();
    private final Span semester = new Span();
    private final Span none = new Span();
    private final Grid<CoverageGroup> districts = grid("coverage-districts");
    private final Grid<CoverageGroup> villages = grid("coverage-villages");
    private final ApexChart trend = new ApexChart();
    private List<CoverageGroup> districtRows = List.of();
    private List<CoverageGroup> villageRows = List.of();

    DashboardCoverage(CoverageService coverage, DashboardCharts charts) {
        this.coverage = coverage;
        this.charts = charts;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("dashboard-coverage");
        indicator.setId("coverage-indicator");
        indicator.setLabel(getTranslation("coverage.dashboard.indicator"));
        indicator.setItems(CoverageIndicator.values());
        indicator.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        indicator.setValue(CoverageIndicator.EKTP);
        indicator.addValueChangeListener(e -> showGrids());
        semester.setId("coverage-semester");
        semester.addClassNames(LumoUtility.TextColor.SECONDARY);
        none.setId("coverage-none");
        none.setText(getTranslation("coverage.dashboard.none"));
        trend.setId("chart-coverage-trend");
        Paragraph definition = new Paragraph(getTranslation("coverage.dashboard.definition"));
        definition.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        root.add(
                none,
                indicator,
                semester,
                definition,
                new H3(getTranslation("coverage.dashboard.byDistrict")),
                districts,
                new H3(getTranslation("coverage.dashboard.byVillage")),
                villages,
                new H3(getTranslation("coverage.dashboard.trend")),
                trend);
    }

    /** Reads the newest semester's figures (of one district, or all with null) and the regency's trend. */
    void show(String districtCode) {
        Optional<Semester> latest = coverage.latestSemester();
        none.setVisible(latest.isEmpty());
        if (latest.isEmpty()) {
            districtRows = List.of();
            villageRows = List.of();
            semester.setText("");
            trend.setOptions(charts.coverageTrend(List.of()));
            showGrids();
            return;
        }
        districtRows = coverage.coverage(latest.get(), CoverageService.Grouping.DISTRICT, districtCode);
        villageRows = coverage.coverage(latest.get(), CoverageService.Grouping.VILLAGE, districtCode);
        boolean synthetic = districtRows.stream().anyMatch(CoverageGroup::synthetic);
        semester.setText(
                getTranslation("coverage.dashboard.semester", latest.get().toString())
                        + (synthetic ? " · " + getTranslation("coverage.synthetic") : ""));
        trend.setOptions(charts.coverageTrend(coverage.trend(districtCode)));
        showGrids();
    }

    private void showGrids() {
        districts.setItems(districtRows);
        villages.setItems(villageRows);
    }

    private Grid<CoverageGroup> grid(String id) {
        Grid<CoverageGroup> g = new Grid<>();
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.addColumn(CoverageGroup::name)
                .setHeader(getTranslation(id.equals("coverage-districts") ? "coverage.district" : "coverage.village"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        g.addColumn(r -> integer(figure(r), f -> f.holders()))
                .setHeader(getTranslation("coverage.holders"))
                .setAutoWidth(true);
        g.addColumn(r -> integer(figure(r), f -> f.eligible()))
                .setHeader(getTranslation("coverage.eligible"))
                .setAutoWidth(true);
        g.addColumn(r -> {
                    CoverageFigure f = figure(r);
                    return f == null || f.coverage() == null ? "" : percent(f.coverage());
                })
                .setHeader(getTranslation("coverage.coverage"))
                .setAutoWidth(true);
        g.addColumn(r -> {
                    CoverageFigure f = figure(r);
                    return f == null || f.target() == null
                            ? ""
                            : percent(f.target().doubleValue());
                })
                .setHeader(getTranslation("coverage.target"))
                .setAutoWidth(true);
        g.addColumn(r -> integer(figure(r), CoverageFigure::gap))
                .setHeader(getTranslation("coverage.gap"))
                .setAutoWidth(true);
        g.setAllRowsVisible(id.equals("coverage-districts"));
        if (!id.equals("coverage-districts")) {
            g.setHeight("24em");
        }
        return g;
    }

    private CoverageFigure figure(CoverageGroup row) {
        return row.figure(indicator.getValue() == null ? CoverageIndicator.EKTP : indicator.getValue());
    }

    private String integer(CoverageFigure f, java.util.function.ToLongFunction<CoverageFigure> value) {
        return f == null ? "" : NumberFormat.getIntegerInstance(getLocale()).format(value.applyAsLong(f));
    }

    private String percent(double share) {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share * 100) + " %";
    }
}
