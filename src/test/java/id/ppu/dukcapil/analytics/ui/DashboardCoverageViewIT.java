package id.ppu.dukcapil.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.region.CoverageGroup;
import id.ppu.dukcapil.region.CoverageIndicator;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's "Cakupan" tab on hand-made figures of 2032 (no other test writes there): in the
 * newest semester Sotek has 800 of 1,000 e-KTP recorded and Gersik 950 of 1,000, against a target of
 * 95 %; half a year earlier Sotek had 700.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardCoverageViewIT extends AbstractViewIT {

    private static final String SOTEK = "64.09.01.1014";
    private static final String GERSIK = "64.09.01.1017";

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void insertFigures() {
        figure(SOTEK, "2032-2", "EKTP", 800, 1000);
        figure(GERSIK, "2032-2", "EKTP", 950, 1000);
        figure(SOTEK, "2032-2", "KIA", 100, 400);
        figure(SOTEK, "2032-1", "EKTP", 700, 1000);
        jdbc.sql("""
                insert into coverage_target (indicator, year, target, source, updated_by, updated_at)
                values ('EKTP', 2032, 0.95, 'uji', 'test', now()) on conflict (indicator, year) do update set target = 0.95
                """).update();
    }

    @AfterAll
    void removeFigures() {
        jdbc.sql("delete from coverage_figure where semester like '2032-%'").update();
        jdbc.sql("delete from coverage_target where year = 2032").update();
    }

    @Test
    void the_coverage_tab_shows_coverage_target_and_gap_per_district_and_village_for_the_newest_semester() {
        login("kepala", Role.KEPALA);
        openCoverage();

        assertThat(_get(Span.class, s -> s.withId("coverage-semester")).getText())
                .isEqualTo("Semester 2032-2");
        Grid<CoverageGroup> districts = grid("coverage-districts");
        assertThat(GridKt._size(districts)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(districts, 0))
                .containsExactly("Penajam", "1.750", "2.000", "87,5 %", "95,0 %", "150");
        Grid<CoverageGroup> villages = grid("coverage-villages");
        assertThat(GridKt._size(villages)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(villages, 0))
                .containsExactly("Sotek", "800", "1.000", "80,0 %", "95,0 %", "150");
        assertThat(GridKt._getFormattedRow(villages, 1))
                .containsExactly("Gersik", "950", "1.000", "95,0 %", "95,0 %", "0");

        @SuppressWarnings("unchecked")
        Select<CoverageIndicator> indicator = _get(Select.class, s -> s.withId("coverage-indicator"));
        indicator.setValue(CoverageIndicator.KIA);
        // No KIA target for 2032: the gap is 0 and the target column empty; Gersik has no KIA figure.
        assertThat(GridKt._getFormattedRow(grid("coverage-villages"), 0))
                .containsExactly("Sotek", "100", "400", "25,0 %", "", "0");
        assertThat(GridKt._getFormattedRow(grid("coverage-villages"), 1)).containsExactly("Gersik", "", "", "", "", "");
    }

    @Test
    void the_trend_has_a_line_per_indicator_over_the_semesters() {
        login("perencana", Role.PERENCANA);
        openCoverage();

        JsonNode options =
                _get(ApexChart.class, s -> s.withId("chart-coverage-trend")).getOptions();
        List<String> semesters = StreamSupport.stream(
                        options.at("/xaxis/categories").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
        assertThat(semesters).endsWith("2032-1", "2032-2");
        JsonNode ektp = options.at("/series/0");
        assertThat(ektp.get("name").asText()).isEqualTo("Perekaman e-KTP");
        JsonNode data = ektp.get("data");
        assertThat(data.get(data.size() - 2).asDouble()).isEqualTo(70.0);
        assertThat(data.get(data.size() - 1).asDouble()).isEqualTo(87.5);
        assertThat(options.get("series")).hasSize(4);
    }

    @Test
    void village_figures_whose_population_is_the_synthetic_split_are_labelled_perkiraan() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate(DashboardView.class);
        // The districts' populations are the official figures: no note.
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(
                Span.class, s -> s.withId("dashboard-population-estimated"));

        UI.getCurrent()
                .navigate(DashboardView.class, com.vaadin.flow.router.QueryParameters.of("district", "64.09.01"));

        Span note = _get(Span.class, s -> s.withId("dashboard-population-estimated"));
        assertThat(note.isVisible()).isTrue();
        long estimated = jdbc.sql(
                        "select count(*) from village where district_code = '64.09.01' and population_estimated")
                .query(Long.class)
                .single();
        assertThat(estimated).isPositive();
        assertThat(note.getText())
                .startsWith("Penduduk " + estimated + " dari ")
                .contains("perkiraan");
    }

    private void openCoverage() {
        UI.getCurrent().navigate(DashboardView.class);
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("dashboard-tabs"));
        tabs.setSelectedIndex(2);
    }

    private void figure(String village, String semester, String indicator, int holders, int eligible) {
        jdbc.sql("""
                insert into coverage_figure (village_code, semester, indicator, holders, eligible, synthetic, source, imported_at)
                values (:v, :s, :i, :h, :e, false, 'uji', now())
                """)
                .param("v", village)
                .param("s", semester)
                .param("i", indicator)
                .param("h", holders)
                .param("e", eligible)
                .update();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }
}
