package id.ppu.dukcapil.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.KARANG_JINAWI_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SOTEK_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.outreach.OutreachFixture;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.ProposedVisit;
import id.ppu.dukcapil.outreach.VillagePriority;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OutreachViewsIT extends AbstractViewIT {

    /** "Today" in these tests: the clock is pinned to it, so they do not depend on the day the suite runs. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutreachPlanner planner;

    @Autowired
    MutableClock clock;

    TestCases cases;
    OutreachFixture visits;

    @BeforeEach
    void fixtures() {
        clock.pinToday(TODAY);
        cases = new TestCases(jdbc, "OVIEW");
        visits = new OutreachFixture(jdbc);
    }

    @AfterEach
    void cleanUp() {
        cases.deleteAll();
        visits.deleteAll();
    }

    /** One role per run, so each sees the navigation built for its own session. */
    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PERENCANA", "KEPALA"})
    void planner_and_head_open_every_outreach_view(Role role) {
        login(role.name().toLowerCase(), role);
        UI.getCurrent().navigate(PlannerView.class);
        _assertOne(PlannerView.class);
        UI.getCurrent().navigate(VisitsView.class);
        _assertOne(VisitsView.class);
        UI.getCurrent().navigate(EffectView.class);
        _assertOne(EffectView.class);
        assertThat(navLabels())
                .contains("Perencanaan Jemput Bola", "Kunjungan Jemput Bola", "Dampak Jemput Bola")
                .doesNotContain("Layanan Jemput Bola");
    }

    @Test
    void clerk_and_administrator_are_denied_the_outreach_views() {
        for (Role role : List.of(Role.PETUGAS, Role.ADMIN)) {
            login(role.name().toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(PlannerView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(VisitsView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(EffectView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void the_head_reads_the_plan_but_cannot_save_weights_or_accept_a_schedule() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate(PlannerView.class);
        _assertNone(Button.class, s -> s.withId("weights-save"));
        _get(TabSheet.class).setSelectedIndex(2);
        _assertOne(Button.class, s -> s.withId("propose"));
        _assertNone(Button.class, s -> s.withId("accept-proposal"));
    }

    @Test
    void changing_a_weight_changes_the_ranking_at_once() {
        for (int i = 0; i < 5; i++) {
            cases.insert(
                    "OFFICE",
                    "KTP",
                    "WAITING_IN_PERSON",
                    TestCases.anyNik(),
                    "Warga",
                    KARANG_JINAWI_VILLAGE,
                    planner.today()
                            .minusDays(10)
                            .atTime(10, 0)
                            .atZone(Wita.ZONE)
                            .toInstant());
        }
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        Grid<VillagePriority> grid = priorityGrid();

        weights(0, 0, 0, 100, 0);
        assertThat(GridKt._get(grid, 0).village().code()).isEqualTo(SOTEK_VILLAGE);

        weights(100, 0, 0, 0, 0);
        assertThat(GridKt._get(grid, 0).village().code()).isEqualTo(KARANG_JINAWI_VILLAGE);
        assertThat(GridKt._get(grid, 0)
                        .factor(id.ppu.dukcapil.outreach.Factor.DEMAND)
                        .raw())
                .isEqualTo(5.0);
        assertThat(GridKt._getFormatted(grid, 0, "village")).isEqualTo("Karang Jinawi");
        assertThat(_get(Span.class, s -> s.withId("weight-value-DEMAND")).getText())
                .isEqualTo("100");
    }

    @Test
    void an_excluded_village_drops_to_the_end_without_a_rank() {
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        weights(0, 0, 0, 100, 0);
        Grid<VillagePriority> grid = priorityGrid();

        assertThat(GridKt._get(grid, 0).village().code()).isEqualTo(SOTEK_VILLAGE);
        ((Checkbox) GridKt._getCellComponent(grid, 0, "exclude")).setValue(true);

        assertThat(GridKt._get(grid, 0).village().code()).isNotEqualTo(SOTEK_VILLAGE);
        VillagePriority last = GridKt._get(grid, GridKt._size(grid) - 1);
        assertThat(last.village().code()).isEqualTo(SOTEK_VILLAGE);
        assertThat(GridKt._getFormatted(grid, GridKt._size(grid) - 1, "rank")).isEqualTo("–");
    }

    @Test
    void districts_aggregate_the_ranking_on_request() {
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        _get(Checkbox.class, s -> s.withId("by-district")).setValue(true);
        Grid<?> districts = _get(Grid.class, s -> s.withId("district-grid"));
        assertThat(GridKt._size(districts)).isEqualTo(4);
    }

    @Test
    void a_threshold_out_of_range_is_refused_and_the_last_valid_one_kept() {
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        IntegerField access = _get(IntegerField.class, s -> s.withId("threshold-access"));
        access.setValue(500);
        assertThat(access.isInvalid()).isTrue();
        IntegerField utilisation = _get(IntegerField.class, s -> s.withId("threshold-utilisation"));
        utilisation.setValue(75);
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_get(Span.class, s -> s.withId("red-axes")).getText())
                .isEqualTo("Akses baik bila permohonan per 1.000 penduduk paling sedikit 80% angka kabupaten; "
                        + "pemanfaatan baik bila paling sedikit 75% permohonan 12 bulan terakhir sudah Selesai.");
    }

    @Test
    void the_two_by_two_chart_places_every_village_and_a_click_opens_its_breakdown() {
        for (int i = 0; i < 5; i++) {
            cases.insert(
                    "OFFICE",
                    "KTP",
                    "WAITING_IN_PERSON",
                    TestCases.anyNik(),
                    "Warga",
                    KARANG_JINAWI_VILLAGE,
                    planner.today()
                            .minusDays(10)
                            .atTime(10, 0)
                            .atZone(Wita.ZONE)
                            .toInstant());
        }
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);
        RedChart chart = _get(RedChart.class, s -> s.withId("red-chart"));

        JsonNode options = chart.getOptions();
        JsonNode series = options.get("series");
        // Category 4 first, then 2, 3 and 1; every village is a point.
        assertThat(series).hasSize(4);
        assertThat(series.get(0).get("name").asText()).startsWith("Kategori 4");
        int points = 0;
        for (JsonNode s : series) {
            points += s.get("data").size();
        }
        assertThat(points).isEqualTo(54);
        // The only village with requests: far above the regency's uptake, nothing completed yet: category 2,
        // drawn on the top edge of the access axis and at 0% utilisation.
        assertThat(series.get(1).get("name").asText()).isEqualTo("Kategori 2: akses baik, pemanfaatan buruk (1)");
        JsonNode point = series.get(1).get("data").get(0);
        assertThat(point.get("label").asText()).isEqualTo("Karang Jinawi, Kec. Sepaku");
        assertThat(point.get("x").asDouble()).isZero();
        assertThat(point.get("y").asDouble()).isEqualTo(RedChart.ACCESS_AXIS_MAX);
        assertThat(options.at("/annotations/xaxis/0/x").asInt()).isEqualTo(90);
        assertThat(options.at("/annotations/yaxis/0/y").asInt()).isEqualTo(80);

        _get(IntegerField.class, s -> s.withId("threshold-utilisation")).setValue(75);
        assertThat(chart.getOptions().at("/annotations/xaxis/0/x").asInt()).isEqualTo(75);

        JsonObject detail = Json.createObject();
        detail.put("event.detail.seriesIndex", 1);
        detail.put("event.detail.dataPointIndex", 0);
        BasicUtilsKt._fireDomEvent(chart, "apex-data-point-click", detail);

        assertThat(tabs.getSelectedIndex()).isZero();
        Grid<VillagePriority> grid = priorityGrid();
        assertThat(grid.asSingleSelect().getValue().village().code()).isEqualTo(KARANG_JINAWI_VILLAGE);
        assertThat(grid.isDetailsVisible(grid.asSingleSelect().getValue())).isTrue();
    }

    @Test
    void planner_accepts_the_proposed_four_weeks_as_planned_visits() {
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        _get(TabSheet.class).setSelectedIndex(2);

        ButtonKt._click(_get(Button.class, s -> s.withId("propose")));

        Grid<ProposedVisit> proposal = _get(Grid.class, s -> s.withId("proposal-grid"));
        assertThat(GridKt._size(proposal)).isEqualTo(8);
        assertThat(GridKt._get(proposal, 0).expectedTurnout()).isBetween(1, 100);
        ButtonKt._click(_get(Button.class, s -> s.withId("accept-proposal")));

        NotificationsKt.expectNotifications("8 kunjungan direncanakan.");
        _assertOne(VisitsView.class);
        assertThat(jdbc.sql("select count(*) from outreach_visit where status = 'PLANNED' and created_by = 'perencana'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(8);
    }

    @Test
    void planner_records_a_visit_as_done_with_served_and_taught_counts() {
        LocalDate yesterday = planner.today().minusDays(1);
        long id =
                visits.visit(yesterday, "PLANNED", SEPAKU_DISTRICT, Map.of(KARANG_JINAWI_VILLAGE, 40), Map.of(), null);
        login("perencana", Role.PERENCANA);
        UI.getCurrent()
                .navigate(
                        VisitsView.class,
                        QueryParameters.of("bulan", YearMonth.from(yesterday).toString()));

        ButtonKt._click(_get(Button.class, s -> s.withId("visit-chip-" + id)));
        _get(IntegerField.class, s -> s.withId("served-KTP")).setValue(31);
        _get(IntegerField.class, s -> s.withId("served-KIA")).setValue(9);
        _get(IntegerField.class, s -> s.withId("taught")).setValue(22);
        ButtonKt._click(_get(Button.class, s -> s.withId("record-done")));

        Map<String, Object> row = jdbc.sql("select status, taught_online from outreach_visit where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row).containsEntry("status", "DONE").containsEntry("taught_online", 22);
        assertThat(jdbc.sql("select sum(served) from outreach_visit_served where visit_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(40);
        Grid<?> list = _get(Grid.class, s -> s.withId("visit-grid"));
        assertThat(GridKt._size(list)).isEqualTo(1);
    }

    @Test
    void the_effect_view_says_plainly_when_the_data_are_too_few() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate(EffectView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("effect-verdict")).getText())
                .startsWith("Data belum cukup untuk menyimpulkan.");
    }

    @SuppressWarnings("unchecked")
    private static Grid<VillagePriority> priorityGrid() {
        return _get(Grid.class, s -> s.withId("priority-grid"));
    }

    private static void weights(int demand, int gap, int under, int access, int recency) {
        int[] values = {demand, gap, under, access, recency};
        String[] ids = {"DEMAND", "ADOPTION_GAP", "UNDER_SERVICE", "ACCESS", "RECENCY"};
        for (int i = 0; i < ids.length; i++) {
            String id = "weight-" + ids[i];
            _get(RangeSlider.class, s -> s.withId(id)).setValue(values[i]);
        }
    }

    private static List<String> navLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
