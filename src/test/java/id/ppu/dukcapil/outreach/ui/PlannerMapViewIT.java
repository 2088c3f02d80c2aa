package id.ppu.dukcapil.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import elemental.json.Json;
import elemental.json.JsonObject;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.map.LeafletMap;
import id.ppu.dukcapil.base.ui.map.MapMarker;
import id.ppu.dukcapil.outreach.OutreachFixture;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.RedCategory;
import id.ppu.dukcapil.outreach.VillagePriority;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The planner's "Peta" tab: every ranked village, its category and score, planned visits, exclusions, and the breakdown on a click. */
class PlannerMapViewIT extends AbstractViewIT {

    private static final String KARANG_JINAWI = "64.09.04.2013";
    private static final String SOTEK = "64.09.01.1014";
    private static final String WARU = "64.09.02.1003";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutreachPlanner planner;

    TestCases cases;
    OutreachFixture visits;

    @BeforeEach
    void fixtures() {
        cases = new TestCases(jdbc, "PMAP");
        visits = new OutreachFixture(jdbc);
        for (int i = 0; i < 5; i++) {
            cases.insert(
                    "OFFICE",
                    "KTP",
                    "WAITING_IN_PERSON",
                    TestCases.anyNik(),
                    "Warga",
                    KARANG_JINAWI,
                    planner.today()
                            .minusDays(10)
                            .atTime(10, 0)
                            .atZone(Wita.ZONE)
                            .toInstant());
        }
    }

    @AfterEach
    void cleanUp() {
        cases.deleteAll();
        visits.deleteAll();
    }

    @Test
    void the_map_shows_every_village_by_score_and_category_with_planned_visits_ringed_and_exclusions_grey() {
        LocalDate next = planner.today().plusDays(7);
        visits.visit(next, "PLANNED", "64.09.01", Map.of(SOTEK, 40), Map.of(), null);
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        @SuppressWarnings("unchecked")
        Grid<VillagePriority> ranking = _get(Grid.class, s -> s.withId("priority-grid"));
        int row = 0;
        while (!GridKt._get(ranking, row).village().code().equals(WARU)) {
            row++;
        }
        ((Checkbox) GridKt._getCellComponent(ranking, row, "exclude")).setValue(true);
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("planner-tabs"));
        _assertNone(LeafletMap.class);
        tabs.setSelectedIndex(3);
        LeafletMap map = _get(LeafletMap.class, s -> s.withId("planner-map"));

        assertThat(map.getMarkers()).hasSize(54);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("planner-map-table"))))
                .isEqualTo(54);
        // The only village with requests: category 2; circles sized by the ranking's scores.
        MapMarker top = marker(map, KARANG_JINAWI);
        assertThat(top.colourValue()).isEqualTo(RedCategory.CAT_2.number());
        assertThat(map.getLegend().colourOf(top.colourValue())).isEqualTo(RedChart.COLORS.get(RedCategory.CAT_2));
        @SuppressWarnings("unchecked")
        Grid<VillagePriority> table = _get(Grid.class, s -> s.withId("planner-map-table"));
        for (int i = 0; i < 54; i++) {
            VillagePriority p = GridKt._get(table, i);
            assertThat(marker(map, p.village().code()).size()).isEqualTo(p.score());
        }
        assertThat(top.tooltip())
                .containsPattern("Peringkat \\d+, skor")
                .contains("Kategori 2")
                .contains("Menunggu tatap muka: 5")
                .contains("Belum ada kunjungan direncanakan");
        assertThat(top.highlighted()).isFalse();
        MapMarker sotek = marker(map, SOTEK);
        assertThat(sotek.highlighted()).isTrue();
        assertThat(sotek.tooltip())
                .contains("Kunjungan berikut: ")
                .contains(id.ppu.dukcapil.base.ui.Formats.date(next));
        MapMarker waru = marker(map, WARU);
        assertThat(waru.colourValue()).isEqualTo(PlannerMap.EXCLUDED);
        assertThat(map.getLegend().colourOf(waru.colourValue())).isEqualTo(PlannerMap.EXCLUDED_COLOUR);
        assertThat(waru.tooltip()).contains("Dikecualikan");
        assertThat(map.getLabels()).hasSize(4);
        assertThat(map.getLegend().highlightNote()).isEqualTo("Kunjungan direncanakan");
    }

    @Test
    void a_click_on_a_circle_opens_the_village_factor_breakdown() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate(PlannerView.class);
        _get(TabSheet.class, s -> s.withId("planner-tabs")).setSelectedIndex(3);
        LeafletMap map = _get(LeafletMap.class, s -> s.withId("planner-map"));
        _assertNone(Dialog.class);

        JsonObject detail = Json.createObject();
        detail.put("event.detail.id", KARANG_JINAWI);
        BasicUtilsKt._fireDomEvent(map, "leaflet-marker-click", detail);

        Dialog dialog = _get(Dialog.class, s -> s.withId("village-breakdown"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Karang Jinawi, Kec. Sepaku: rincian skor");
        @SuppressWarnings("unchecked")
        Grid<id.ppu.dukcapil.outreach.FactorValue> breakdown =
                _get(Grid.class, s -> s.withId("breakdown-" + KARANG_JINAWI));
        assertThat(GridKt._size(breakdown)).isEqualTo(id.ppu.dukcapil.outreach.Factor.values().length);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.button.Button.class, s -> s.withId("village-breakdown-close")));
        assertThat(dialog.isOpened()).isFalse();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        _assertNone(Dialog.class);
        // A row of the table opens the same breakdown: rows go in rank order.
        @SuppressWarnings("unchecked")
        Grid<VillagePriority> table = _get(Grid.class, s -> s.withId("planner-map-table"));
        VillagePriority first = GridKt._get(table, 0);
        assertThat(first.rank()).isEqualTo(1);
        GridKt._clickItem(table, 0, 1, false, false, false, false);
        _get(Grid.class, s -> s.withId("breakdown-" + first.village().code()));
    }

    private static MapMarker marker(LeafletMap map, String id) {
        return map.getMarkers().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
