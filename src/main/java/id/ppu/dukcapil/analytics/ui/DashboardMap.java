package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.analytics.AreaUptake;
import id.ppu.dukcapil.base.ui.map.LeafletMap;
import id.ppu.dukcapil.base.ui.map.MapLabel;
import id.ppu.dukcapil.base.ui.map.MapLegend;
import id.ppu.dukcapil.base.ui.map.MapMarker;
import id.ppu.dukcapil.base.ui.map.MapTiles;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.region.DistrictPlace;
import id.ppu.dukcapil.region.VillagePlace;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's "Peta" tab: each village with requests in the filter's period as a circle at
 * its reference point, sized by its requests and coloured by its online share, with the same
 * figures in a table below (the accessible alternative). A click on a circle or a row opens the
 * village's figures, from where its requests open in the case list.
 */
class DashboardMap extends VerticalLayout {

    /** Online share bins in percent, the heatmap's greens. */
    static final String[] GREENS = {"#fff3bf", "#d8f5a2", "#a9e34b", "#69db7c", "#40c057"};

    private final LeafletMap map;
    private final Grid<Row> table = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final transient Map<String, VillagePlace> places;
    private final transient Map<String, String> districtNames;
    private final transient Consumer<AreaUptake> openCases;
    /** Villages whose population is still the synthetic estimate, labelled "perkiraan". */
    private transient java.util.Set<String> estimatedPopulation = java.util.Set.of();

    private List<Row> rows = List.of();

    /** A village on the map: its figures and where it lies. */
    record Row(AreaUptake area, VillagePlace place, String districtName) {}

    DashboardMap(
            MapTiles tiles,
            List<VillagePlace> villagePlaces,
            List<DistrictPlace> centres,
            Consumer<AreaUptake> openCases) {
        this.places = villagePlaces.stream().collect(Collectors.toMap(VillagePlace::code, Function.identity()));
        this.districtNames = centres.stream().collect(Collectors.toMap(DistrictPlace::code, DistrictPlace::name));
        this.openCases = openCases;
        setId("dashboard-map-panel");
        setPadding(false);
        map = new LeafletMap(tiles);
        map.setId("dashboard-map");
        map.setAriaLabel(getTranslation("dashboard.map.aria"));
        map.setLabels(centres.stream()
                .map(c -> new MapLabel(c.name(), c.lat(), c.lon()))
                .toList());
        map.addMarkerClickListener(e -> open(e.getMarkerId()));

        summary.setId("dashboard-map-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        table.setId("dashboard-map-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(r -> r.area().name())
                .setHeader(getTranslation("dashboard.map.village"))
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(r -> r.area().name());
        table.addColumn(Row::districtName)
                .setHeader(getTranslation("dashboard.map.district"))
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(Row::districtName);
        table.addColumn(r -> integer().format(r.area().counts().total()))
                .setHeader(getTranslation("dashboard.map.requests"))
                .setTextAlign(ColumnTextAlign.END)
                .setSortable(true)
                .setComparator(r -> r.area().counts().total());
        table.addColumn(r -> share(r.area()))
                .setHeader(getTranslation("dashboard.map.online"))
                .setTextAlign(ColumnTextAlign.END)
                .setSortable(true)
                .setComparator(r -> r.area().counts().onlineShare() == null
                        ? -1
                        : r.area().counts().onlineShare());
        table.addColumn(r -> r.area().uptakePer1000() == null
                        ? "–"
                        : decimal().format(r.area().uptakePer1000()))
                .setHeader(getTranslation("dashboard.map.per1000"))
                .setTextAlign(ColumnTextAlign.END)
                .setSortable(true)
                .setComparator(
                        r -> r.area().uptakePer1000() == null ? -1 : r.area().uptakePer1000());
        table.addItemClickListener(e -> open(e.getItem().area().code()));
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("dashboard.map.empty"));

        Paragraph help = new Paragraph(getTranslation("dashboard.map.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(help, map, summary, table);
    }

    /** Marks the villages whose population is an estimate (their figures say "perkiraan"). */
    void markEstimated(java.util.Set<String> villageCodes) {
        estimatedPopulation = java.util.Set.copyOf(villageCodes);
    }

    /** Shows these villages' figures; villages without a request in the period or without a reference point stay off. */
    void show(List<AreaUptake> villages) {
        List<Row> list = new ArrayList<>();
        for (AreaUptake v : villages) {
            VillagePlace place = places.get(v.code());
            if (place != null && v.counts().total() > 0) {
                list.add(new Row(v, place, districtNames.getOrDefault(place.districtCode(), place.districtCode())));
            }
        }
        rows = List.copyOf(list);
        map.setMarkers(rows.stream().map(this::marker).toList(), legend());
        table.setItems(rows);
        summary.setText(getTranslation("dashboard.map.summary", rows.size(), villages.size() - rows.size()));
    }

    private MapMarker marker(Row r) {
        AreaUptake a = r.area();
        Double share = a.counts().onlineShare();
        String tooltip = r.districtName() + "\n"
                + getTranslation(
                        "dashboard.map.tooltip.requests",
                        integer().format(a.counts().total())) + "\n"
                + getTranslation(
                        "dashboard.map.tooltip.online",
                        share(a),
                        integer().format(a.counts().online()))
                + (a.uptakePer1000() == null
                        ? ""
                        : "\n"
                                + getTranslation(
                                        "dashboard.map.tooltip.per1000",
                                        decimal().format(a.uptakePer1000())));
        return new MapMarker(
                a.code(),
                r.place().lat(),
                r.place().lon(),
                a.name(),
                a.counts().total(),
                share == null ? null : share * 100,
                tooltip);
    }

    private MapLegend legend() {
        List<MapLegend.Bin> bins = new ArrayList<>();
        for (int i = 0; i < GREENS.length; i++) {
            bins.add(new MapLegend.Bin(i * 20, GREENS[i], (i * 20) + "–" + (i * 20 + 20) + "%"));
        }
        return new MapLegend(
                getTranslation("dashboard.map.legend"), bins, null, getTranslation("dashboard.map.legend.size"), null);
    }

    private void open(String code) {
        rows.stream().filter(r -> r.area().code().equals(code)).findFirst().ifPresent(this::openDialog);
    }

    /** The village's figures of the period: requests per channel, online share, uptake. */
    private void openDialog(Row r) {
        AreaUptake a = r.area();
        Dialog dialog = new Dialog();
        dialog.setId("village-figures");
        dialog.setHeaderTitle(getTranslation("dashboard.map.dialog.title", a.name(), r.districtName()));
        Div figures = new Div();
        figures.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.Column.MEDIUM, LumoUtility.Gap.Row.XSMALL);
        figures.getStyle().set("grid-template-columns", "auto auto");
        figure(
                figures,
                "village-figures-total",
                getTranslation("dashboard.map.requests"),
                integer().format(a.counts().total()));
        figure(figures, "village-figures-online", getTranslation("dashboard.map.online"), share(a));
        for (Channel c : Channel.values()) {
            figure(
                    figures,
                    "village-figures-" + c.name(),
                    getTranslation("channel." + c.name()),
                    integer().format(a.counts().of(c)));
        }
        figure(
                figures,
                "village-figures-population",
                getTranslation("dashboard.map.population"),
                integer().format(a.population())
                        + (estimatedPopulation.contains(a.code())
                                ? " (" + getTranslation("coverage.estimated") + ")"
                                : ""));
        figure(
                figures,
                "village-figures-per1000",
                getTranslation("dashboard.map.per1000"),
                a.uptakePer1000() == null ? "–" : decimal().format(a.uptakePer1000()));
        Button cases = new Button(getTranslation("dashboard.map.dialog.cases"), VaadinIcon.LIST.create(), e -> {
            dialog.close();
            openCases.accept(a);
        });
        cases.setId("village-figures-cases");
        cases.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("dashboard.map.dialog.close"), e -> dialog.close());
        close.setId("village-figures-close");
        dialog.add(figures);
        dialog.getFooter().add(close, cases);
        dialog.open();
    }

    private static void figure(Div grid, String id, String label, String value) {
        Span name = new Span(label);
        name.addClassNames(LumoUtility.TextColor.SECONDARY);
        Span number = new Span(value);
        number.setId(id);
        number.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextAlignment.RIGHT);
        grid.add(name, number);
    }

    LeafletMap map() {
        return map;
    }

    private String share(AreaUptake a) {
        Double share = a.counts().onlineShare();
        return share == null ? "–" : decimal().format(share * 100) + "%";
    }

    private NumberFormat integer() {
        return NumberFormat.getIntegerInstance(getLocale());
    }

    private NumberFormat decimal() {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f;
    }
}
