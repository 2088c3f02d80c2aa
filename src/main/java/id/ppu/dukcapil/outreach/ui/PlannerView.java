package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.base.ui.Responsive;
import id.ppu.dukcapil.base.ui.map.MapTiles;
import id.ppu.dukcapil.outreach.DistrictPriority;
import id.ppu.dukcapil.outreach.Factor;
import id.ppu.dukcapil.outreach.FactorValue;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.PlannerSettings;
import id.ppu.dukcapil.outreach.PriorityReport;
import id.ppu.dukcapil.outreach.VillagePriority;
import id.ppu.dukcapil.outreach.VisitService;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the next outreach visit should go: every village ranked by a score the planner can
 * take apart (factor breakdown per row) and re-weigh with sliders, the "Reaching Every District"
 * 2x2, and the proposed schedule. Planners save weights and accept plans; the head reads.
 */
@Menu(order = 40, icon = "vaadin:car", title = "nav.outreach.planner")
@Route("jemput-bola")
@RolesAllowed({Role.PLANNER, Role.HEAD})
public class PlannerView extends VerticalLayout implements HasDynamicTitle {

    private final transient OutreachPlanner planner;
    private final DatePicker date;
    private final Checkbox byDistrict = new Checkbox();
    private final WeightsPanel weightsPanel;
    private final Grid<VillagePriority> villageGrid = new Grid<>();
    private final Grid<DistrictPriority> districtGrid = new Grid<>();
    private final Span regencyInfo = new Span();
    private final RedQuadrants quadrants = new RedQuadrants();
    private final RedChart redChart = new RedChart(this::showVillage);
    private final TabSheet tabs = new TabSheet();
    private final PlannerMap map;
    private final Set<String> excluded = new LinkedHashSet<>();
    private transient PriorityReport report;

    /** Villages whose population is still the synthetic estimate: their per-1,000 figures say "perkiraan". */
    private final java.util.Set<String> estimatedVillages;

    public PlannerView(
            OutreachPlanner planner,
            VisitService visits,
            CurrentUser currentUser,
            RegionService regions,
            MapTiles tiles) {
        this.planner = planner;
        boolean canPlan = currentUser.hasRole(Role.PERENCANA);
        setSizeFull();

        H2 title = new H2(getTranslation("outreach.planner.title"));
        title.addClassNames(LumoUtility.Margin.NONE);
        date = DatePickers.create(getTranslation("outreach.planner.date"));
        date.setId("priority-date");
        date.setValue(planner.today());
        date.setClearButtonVisible(false);
        date.setHelperText(getTranslation("outreach.planner.date.help"));
        date.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        byDistrict.setId("by-district");
        byDistrict.setLabel(getTranslation("outreach.planner.byDistrict"));
        byDistrict.addValueChangeListener(e -> showGrid());
        HorizontalLayout top = new HorizontalLayout(title, date, byDistrict);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(title);
        top.addClassName("wrap-row");

        PlannerSettings settings = planner.settings();
        weightsPanel = new WeightsPanel(
                settings, planner.defaultWeights(), canPlan, this::refresh, this::saveWeights, this::forgetWeights);

        configureVillageGrid();
        configureDistrictGrid();
        regencyInfo.setId("regency-info");
        regencyInfo.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        VerticalLayout ranking = new VerticalLayout(
                regencyInfo, Texts.secondary(getTranslation("outreach.planner.rowHelp")), villageGrid, districtGrid);
        ranking.setPadding(false);
        ranking.setSizeFull();

        SchedulePanel schedule = new SchedulePanel(
                planner, visits, canPlan, weightsPanel::weights, () -> Set.copyOf(excluded), this::excludedNames);

        tabs.setId("planner-tabs");
        tabs.add(getTranslation("outreach.tab.ranking"), ranking);
        tabs.add(
                getTranslation("outreach.tab.red"),
                new VerticalLayout(Texts.secondary(getTranslation("outreach.red.help")), redChart, quadrants));
        tabs.add(getTranslation("outreach.tab.schedule"), schedule);
        map = new PlannerMap(tiles, regions.villagePlaces(), regions.districtCentres(), this::breakdown);
        estimatedVillages = regions.villages().stream()
                .filter(id.ppu.dukcapil.region.VillageInfo::populationEstimated)
                .map(id.ppu.dukcapil.region.VillageInfo::code)
                .collect(java.util.stream.Collectors.toSet());
        tabs.add(getTranslation("outreach.tab.map"), map).setId("planner-tab-map");
        tabs.setSizeFull();

        add(top, weightsPanel, tabs);
        expand(tabs);
        refresh();
        showGrid();
    }

    private void configureVillageGrid() {
        villageGrid.setId("priority-grid");
        villageGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        villageGrid
                .addColumn(p -> p.excluded() ? "–" : String.valueOf(p.rank()))
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("rank");
        villageGrid
                .addColumn(p -> p.village().name())
                .setHeader(getTranslation("outreach.village"))
                .setAutoWidth(true)
                .setKey("village");
        villageGrid
                .addColumn(p -> p.village().districtName())
                .setHeader(getTranslation("outreach.district"))
                .setAutoWidth(true)
                .setKey("district");
        villageGrid
                .addComponentColumn(this::scoreBar)
                .setHeader(getTranslation("outreach.score"))
                .setWidth("9em")
                .setFlexGrow(0)
                .setKey("score");
        for (Factor f : Factor.values()) {
            villageGrid
                    .addColumn(p -> Texts.number(this, p.factor(f).scaled(), 2))
                    .setHeader(getTranslation("outreach.factor.short." + f.name()))
                    .setTooltipGenerator(p -> raw(p.factor(f), p))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey(f.name());
        }
        villageGrid
                .addComponentColumn(p -> Texts.badge(this, p.category()))
                .setHeader(getTranslation("outreach.red.column"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("category");
        villageGrid
                .addColumn(p -> Formats.date(p.village().nextPlannedVisit()))
                .setHeader(getTranslation("outreach.planner.nextVisit"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("next");
        villageGrid
                .addComponentColumn(this::excludeBox)
                .setHeader(getTranslation("outreach.planner.exclude"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("exclude");
        // On a phone: rank, village, score, category and the exclusion; a tap opens the score breakdown.
        Responsive.Columns narrow = Responsive.columns(villageGrid)
                .hideBelow(
                        Responsive.PHONE, villageGrid.getColumnByKey("district"), villageGrid.getColumnByKey("next"));
        for (Factor f : Factor.values()) {
            narrow.hideBelow(Responsive.PHONE, villageGrid.getColumnByKey(f.name()));
        }
        villageGrid.setItemDetailsRenderer(new ComponentRenderer<>(this::breakdown));
        villageGrid.setDetailsVisibleOnClick(true);
        villageGrid.setSizeFull();
    }

    private void configureDistrictGrid() {
        districtGrid.setId("district-grid");
        districtGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        districtGrid
                .addColumn(DistrictPriority::rank)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        districtGrid.addColumn(DistrictPriority::districtName).setHeader(getTranslation("outreach.district"));
        Grid.Column<DistrictPriority> villageCount = districtGrid
                .addColumn(DistrictPriority::villages)
                .setHeader(getTranslation("outreach.districts.villages"))
                .setTextAlign(ColumnTextAlign.END);
        districtGrid
                .addColumn(d -> Texts.number(this, d.meanScore(), 1))
                .setHeader(getTranslation("outreach.districts.mean"))
                .setTextAlign(ColumnTextAlign.END);
        Grid.Column<DistrictPriority> top = districtGrid
                .addColumn(d -> Texts.number(this, d.maxScore(), 1) + " · " + d.topVillage())
                .setHeader(getTranslation("outreach.districts.top"));
        Grid.Column<DistrictPriority> waiting = districtGrid
                .addColumn(DistrictPriority::waitingInPerson)
                .setHeader(getTranslation("outreach.districts.waiting"))
                .setTextAlign(ColumnTextAlign.END);
        districtGrid
                .addColumn(DistrictPriority::category4)
                .setHeader(getTranslation("outreach.districts.cat4"))
                .setTextAlign(ColumnTextAlign.END);
        Responsive.columns(districtGrid).hideBelow(Responsive.PHONE, villageCount, top, waiting);
        districtGrid.setSizeFull();
    }

    private Component scoreBar(VillagePriority p) {
        Div bar = new Div();
        bar.getStyle().set("height", "0.5em").set("width", Math.max(0, Math.min(100, p.score())) + "%");
        bar.addClassNames(
                p.excluded() ? LumoUtility.Background.CONTRAST_30 : LumoUtility.Background.PRIMARY,
                LumoUtility.BorderRadius.SMALL);
        Div track = new Div(bar);
        track.getStyle().set("width", "4em");
        track.addClassNames(LumoUtility.Background.CONTRAST_10, LumoUtility.BorderRadius.SMALL);
        Span value = new Span(Texts.number(this, p.score(), 1));
        value.setWidth("2.5em");
        HorizontalLayout row = new HorizontalLayout(value, track);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setSpacing(false);
        row.addClassNames(LumoUtility.Gap.XSMALL);
        return row;
    }

    private Component excludeBox(VillagePriority p) {
        Checkbox box = new Checkbox(p.excluded());
        box.setId("exclude-" + p.village().code());
        box.setAriaLabel(
                getTranslation("outreach.planner.exclude") + " " + p.village().name());
        box.addValueChangeListener(e -> {
            if (Boolean.TRUE.equals(e.getValue())) {
                excluded.add(p.village().code());
            } else {
                excluded.remove(p.village().code());
            }
            refresh();
        });
        return box;
    }

    /** The factor breakdown of one village: raw value, scaled value, weight and points. */
    private Component breakdown(VillagePriority p) {
        Grid<FactorValue> table = new Grid<>();
        table.setId("breakdown-" + p.village().code());
        table.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(f -> getTranslation(f.factor().messageKey()))
                .setHeader(getTranslation("outreach.breakdown.factor"))
                .setAutoWidth(true);
        table.addColumn(f -> raw(f, p))
                .setHeader(getTranslation("outreach.breakdown.raw"))
                .setFlexGrow(2);
        table.addColumn(f -> Texts.number(this, f.scaled(), 2))
                .setHeader(getTranslation("outreach.breakdown.scaled"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.addColumn(FactorValue::weight)
                .setHeader(getTranslation("outreach.breakdown.weight"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.addColumn(f -> Texts.number(this, f.contribution(), 1))
                .setHeader(getTranslation("outreach.breakdown.points"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        table.setItems(p.factors());
        table.setAllRowsVisible(true);
        Span sum = new Span(getTranslation(
                "outreach.breakdown.sum",
                Texts.number(this, p.score(), 1),
                getTranslation(p.category().messageKey()),
                Texts.access(this, p),
                Texts.percent(this, p.utilisation())));
        VerticalLayout box = new VerticalLayout(table, sum);
        box.setPadding(false);
        return box;
    }

    private void refresh() {
        report = planner.priorities(
                date.getValue(), weightsPanel.weights(), weightsPanel.thresholds(), Set.copyOf(excluded));
        villageGrid.setItems(report.villages());
        districtGrid.setItems(report.districts());
        quadrants.show(report);
        redChart.show(report);
        map.show(report);
        regencyInfo.setText(getTranslation(
                "outreach.planner.regency",
                Formats.date(report.date()),
                Texts.percent(this, report.regency().onlineShare()),
                Texts.number(this, report.regency().casesPer1000(), 1),
                report.regency().cases12m()));
    }

    /** From the 2x2 chart to the village's row in the ranking, with its factor breakdown open. */
    private void showVillage(VillagePriority village) {
        byDistrict.setValue(false);
        tabs.setSelectedIndex(0);
        villageGrid.select(village);
        // Opened once the ranking tab is shown again, so the grid renders the details row.
        villageGrid
                .getElement()
                .getNode()
                .runWhenAttached(ui -> ui.beforeClientResponse(villageGrid, context -> {
                    villageGrid.setDetailsVisible(village, true);
                    villageGrid.scrollToIndex(report.villages().indexOf(village));
                }));
    }

    private void showGrid() {
        villageGrid.setVisible(!byDistrict.getValue());
        districtGrid.setVisible(byDistrict.getValue());
    }

    private void saveWeights() {
        Notifications.guard(() -> {
            planner.saveSettings(weightsPanel.weights(), weightsPanel.thresholds());
            weightsPanel.showSaved(planner.settings());
            Notifications.success("outreach.weights.saved");
        });
    }

    private void forgetWeights() {
        Notifications.guard(() -> {
            planner.resetSettings();
            weightsPanel.showSaved(planner.settings());
            Notifications.success("outreach.weights.forgotten");
        });
    }

    private List<String> excludedNames() {
        return report.villages().stream()
                .filter(VillagePriority::excluded)
                .map(p -> p.village().name())
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.planner.title") + " · " + getTranslation("app.title");
    }

    /** A factor's raw value; a rate per 1,000 residents of a village whose population is an estimate says so. */
    private String raw(FactorValue f, VillagePriority p) {
        String text = Texts.raw(this, f, p, report.regency());
        return f.factor() == Factor.UNDER_SERVICE
                        && estimatedVillages.contains(p.village().code())
                ? text + " (" + getTranslation("outreach.population.estimated") + ")"
                : text;
    }
}
