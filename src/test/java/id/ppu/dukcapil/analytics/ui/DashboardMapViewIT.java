package id.ppu.dukcapil.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.map.LeafletMap;
import id.ppu.dukcapil.base.ui.map.MapMarker;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's "Peta" tab on a hand-made third quarter of 2013 (no other test writes there):
 * Sepaku (kelurahan) has three requests, two of them online; Nipah-Nipah one in person; Waru one online.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardMapViewIT extends AbstractViewIT {

    private static final String SEPAKU = "64.09.04.1005";
    private static final String NIPAH = "64.09.01.1009";
    private static final String WARU = "64.09.02.1003";
    private static final Map<String, String> Q3_2013 =
            Map.of("period", "CUSTOM", "from", "2013-07-01", "to", "2013-09-30");

    @Autowired
    JdbcClient jdbc;

    TestCases cases;

    @BeforeAll
    void insertCases() {
        cases = new TestCases(jdbc, "MAPV");
        insert("WEB", SEPAKU, LocalDateTime.of(2013, 7, 2, 9, 0));
        insert("APP", SEPAKU, LocalDateTime.of(2013, 8, 5, 9, 0));
        insert("OFFICE", SEPAKU, LocalDateTime.of(2013, 9, 9, 9, 0));
        insert("OFFICE", NIPAH, LocalDateTime.of(2013, 8, 1, 9, 0));
        insert("WHATSAPP", WARU, LocalDateTime.of(2013, 9, 30, 15, 0));
    }

    @AfterAll
    void removeCases() {
        cases.deleteAll();
    }

    @Test
    void the_map_shows_one_circle_per_village_with_requests_sized_by_requests_and_coloured_by_online_share() {
        login("kepala", Role.KEPALA);
        LeafletMap map = openMap();

        List<MapMarker> markers = map.getMarkers();
        assertThat(markers).extracting(MapMarker::id).containsExactlyInAnyOrder(SEPAKU, NIPAH, WARU);
        MapMarker sepaku = marker(map, SEPAKU);
        assertThat(sepaku.label()).isEqualTo("Sepaku");
        assertThat(sepaku.lat()).isEqualTo(-0.84926);
        assertThat(sepaku.lon()).isEqualTo(116.71897);
        assertThat(sepaku.size()).isEqualTo(3);
        assertThat(sepaku.colourValue()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(sepaku.tooltip())
                .contains("Sepaku")
                .contains("Permohonan: 3")
                .contains("Daring: 66,7% (2)");
        assertThat(marker(map, NIPAH).colourValue()).isZero();
        assertThat(marker(map, WARU).colourValue()).isEqualTo(100);
        assertThat(map.getLegend().colourOf(sepaku.colourValue())).isEqualTo(DashboardMap.GREENS[3]);
        // Labels for the four districts; no tiles in tests.
        assertThat(map.getLabels())
                .hasSize(4)
                .extracting(l -> l.text())
                .contains("Penajam", "Waru", "Babulu", "Sepaku");
        assertThat(map.getTiles().enabled()).isFalse();
        // The table beside it lists the same villages.
        Grid<?> table = _get(Grid.class, s -> s.withId("dashboard-map-table"));
        assertThat(GridKt._size(table)).isEqualTo(3);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("dashboard-map-summary"))
                        .getText())
                .startsWith("3 desa/kelurahan dengan permohonan; 51 tanpa");
    }

    @Test
    void the_district_filter_narrows_the_map_to_its_villages() {
        login("perencana", Role.PERENCANA);
        LeafletMap map = openMap();
        @SuppressWarnings("unchecked")
        ComboBox<DistrictInfo> district = _get(ComboBox.class, s -> s.withId("filter-district"));
        district.setValue(district.getListDataView()
                .getItems()
                .filter(d -> d.code().equals("64.09.04"))
                .findFirst()
                .orElseThrow());
        assertThat(map.getMarkers()).extracting(MapMarker::id).containsExactly(SEPAKU);
    }

    @Test
    void a_click_on_a_circle_opens_the_village_figures_and_from_there_its_requests() {
        login("kepala", Role.KEPALA);
        LeafletMap map = openMap();
        _assertNone(Dialog.class);

        JsonObject detail = Json.createObject();
        detail.put("event.detail.id", SEPAKU);
        BasicUtilsKt._fireDomEvent(map, "leaflet-marker-click", detail);

        Dialog dialog = _get(Dialog.class, s -> s.withId("village-figures"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Sepaku, Kec. Sepaku");
        assertThat(figure("village-figures-total")).isEqualTo("3");
        assertThat(figure("village-figures-online")).isEqualTo("66,7%");
        assertThat(figure("village-figures-WEB")).isEqualTo("1");
        assertThat(figure("village-figures-OFFICE")).isEqualTo("1");
        ButtonKt._click(_get(Button.class, s -> s.withId("village-figures-cases")));
        _assertOne(CaseListView.class);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .containsEntry("village", List.of(SEPAKU))
                .containsEntry("from", List.of("2013-07-01"));
    }

    @Test
    void a_click_on_a_table_row_opens_the_same_figures() {
        login("kepala", Role.KEPALA);
        openMap();
        @SuppressWarnings("unchecked")
        Grid<DashboardMap.Row> table = _get(Grid.class, s -> s.withId("dashboard-map-table"));
        int row = 0;
        while (!GridKt._get(table, row).area().code().equals(WARU)) {
            row++;
        }
        GridKt._clickItem(table, row, 1, false, false, false, false);
        assertThat(_get(Dialog.class, s -> s.withId("village-figures")).getHeaderTitle())
                .isEqualTo("Waru, Kec. Waru");
        assertThat(figure("village-figures-WHATSAPP")).isEqualTo("1");
    }

    private LeafletMap openMap() {
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        new QueryParameters(Q3_2013.entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        Map.Entry::getKey, e -> List.of(e.getValue())))));
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("dashboard-tabs"));
        _assertNone(LeafletMap.class);
        tabs.setSelectedIndex(1);
        return _get(LeafletMap.class, s -> s.withId("dashboard-map"));
    }

    private static MapMarker marker(LeafletMap map, String id) {
        return map.getMarkers().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String figure(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    private void insert(String channel, String village, LocalDateTime wita) {
        cases.insert(
                channel,
                "KTP",
                "SUBMITTED",
                TestCases.anyNik(),
                "Peta Uji",
                village,
                wita.atZone(Wita.ZONE).toInstant());
    }
}
