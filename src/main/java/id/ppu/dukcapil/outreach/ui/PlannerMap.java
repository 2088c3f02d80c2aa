package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.map.LeafletMap;
import id.ppu.dukcapil.base.ui.map.MapLabel;
import id.ppu.dukcapil.base.ui.map.MapLegend;
import id.ppu.dukcapil.base.ui.map.MapMarker;
import id.ppu.dukcapil.base.ui.map.MapTiles;
import id.ppu.dukcapil.outreach.PriorityReport;
import id.ppu.dukcapil.outreach.RedCategory;
import id.ppu.dukcapil.outreach.VillagePriority;
import id.ppu.dukcapil.region.DistrictPlace;
import id.ppu.dukcapil.region.VillagePlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planner's "Peta" tab: every ranked village at its reference point, sized by its priority
 * score and coloured by its RED category (excluded villages grey), a dark ring where a visit is
 * planned, and the same rows in a table below (the accessible alternative). A click on a circle
 * or a row opens the village's factor breakdown.
 */
class PlannerMap extends VerticalLayout {

    /** Colour value of an excluded village; RED categories use their numbers 1..4. */
    static final double EXCLUDED = 0;

    static final String EXCLUDED_COLOUR = "#dee2e6";

    private final LeafletMap map;
    private final Grid<VillagePriority> table = new Grid<>();
    private final transient Map<String, VillagePlace> places;
    private final transient Function<VillagePriority, Component> breakdown;
    private List<VillagePriority> shown = List.of();

    PlannerMap(
            MapTiles tiles,
            List<VillagePlace> villagePlaces,
            List<DistrictPlace> centres,
            Function<VillagePriority, Component> breakdown) {
        this.places = villagePlaces.stream().collect(Collectors.toMap(VillagePlace::code, Function.identity()));
        this.breakdown = breakdown;
        setId("planner-map-panel");
        setPadding(false);
        map = new LeafletMap(tiles);
        map.setId("planner-map");
        map.setAriaLabel(getTranslation("outreach.map.aria"));
        map.setLabels(centres.stream()
                .map(c -> new MapLabel(c.name(), c.lat(), c.lon()))
                .toList());
        map.addMarkerClickListener(e -> open(e.getMarkerId()));

        table.setId("planner-map-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(p -> p.excluded() ? "–" : String.valueOf(p.rank()))
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(p -> p.village().name())
                .setHeader(getTranslation("outreach.village"))
                .setAutoWidth(true);
        table.addColumn(p -> p.village().districtName())
                .setHeader(getTranslation("outreach.district"))
                .setAutoWidth(true);
        table.addColumn(p -> Texts.number(this, p.score(), 1))
                .setHeader(getTranslation("outreach.score"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addComponentColumn(p -> Texts.badge(this, p.category()))
                .setHeader(getTranslation("outreach.red.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(p -> Texts.day(this, p.village().nextPlannedVisit()))
                .setHeader(getTranslation("outreach.planner.nextVisit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(p -> p.excluded() ? getTranslation("outreach.map.excluded") : "")
                .setHeader(getTranslation("outreach.planner.exclude"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addItemClickListener(e -> openDialog(e.getItem()));
        table.setAllRowsVisible(true);

        add(Texts.secondary(getTranslation("outreach.map.help")), map, table);
    }

    /** Shows the ranking's villages that have a reference point, in rank order (excluded ones last). */
    void show(PriorityReport report) {
        shown = report.villages().stream()
                .filter(p -> places.containsKey(p.village().code()))
                .toList();
        map.setMarkers(shown.stream().map(this::marker).toList(), legend());
        table.setItems(shown);
    }

    private MapMarker marker(VillagePriority p) {
        VillagePlace place = places.get(p.village().code());
        String next = p.village().nextPlannedVisit() == null
                ? getTranslation("outreach.map.tooltip.noVisit")
                : getTranslation(
                        "outreach.map.tooltip.visit",
                        Texts.day(this, p.village().nextPlannedVisit()));
        String tooltip = p.village().districtName() + "\n"
                + (p.excluded()
                        ? getTranslation("outreach.map.excluded")
                        : getTranslation("outreach.map.tooltip.rank", p.rank(), Texts.number(this, p.score(), 1)))
                + "\n"
                + getTranslation(p.category().messageKey()) + "\n"
                + getTranslation("outreach.map.tooltip.waiting", p.village().waitingInPerson()) + "\n" + next;
        return new MapMarker(
                p.village().code(),
                place.lat(),
                place.lon(),
                p.village().name(),
                p.score(),
                p.excluded() ? EXCLUDED : p.category().number(),
                tooltip,
                p.village().nextPlannedVisit() != null);
    }

    private MapLegend legend() {
        List<MapLegend.Bin> bins = new ArrayList<>();
        bins.add(new MapLegend.Bin(EXCLUDED, EXCLUDED_COLOUR, getTranslation("outreach.map.excluded")));
        for (RedCategory c : RedCategory.values()) {
            bins.add(new MapLegend.Bin(c.number(), RedChart.COLORS.get(c), getTranslation(c.messageKey())));
        }
        return new MapLegend(
                getTranslation("outreach.map.legend"),
                bins,
                null,
                getTranslation("outreach.map.legend.size"),
                getTranslation("outreach.map.legend.visit"));
    }

    private void open(String code) {
        shown.stream().filter(p -> p.village().code().equals(code)).findFirst().ifPresent(this::openDialog);
    }

    private void openDialog(VillagePriority p) {
        Dialog dialog = new Dialog();
        dialog.setId("village-breakdown");
        dialog.setHeaderTitle(getTranslation(
                "outreach.map.dialog.title", p.village().name(), p.village().districtName()));
        dialog.setWidth("min(56em, 95vw)");
        dialog.add(breakdown.apply(p));
        if (p.village().nextPlannedVisit() != null) {
            dialog.add(Texts.secondary(getTranslation(
                    "outreach.map.tooltip.visit", Formats.date(p.village().nextPlannedVisit()))));
        }
        Button close = new Button(getTranslation("outreach.map.dialog.close"), e -> dialog.close());
        close.setId("village-breakdown-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    LeafletMap map() {
        return map;
    }
}
