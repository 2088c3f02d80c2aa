package id.ppu.dukcapil.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.ppu.dukcapil.region.CoverageIndicator;
import id.ppu.dukcapil.region.VillagePopulation;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's population and coverage screen on the real database: one village edited with
 * source and date, good and bad files uploaded (a bad file lists its lines and writes nothing), a
 * target edited, and the screen closed to every other role. Each test puts the figures back.
 */
class CoverageAdminViewIT extends AbstractViewIT {

    private static final String SOTEK = "64.09.01.1014";
    /** A semester no other test or the demo data uses. */
    private static final String SEMESTER = "2031-1";

    @Autowired
    JdbcClient jdbc;

    private List<Map<String, Object>> villagesBefore;
    private List<Map<String, Object>> districtsBefore;

    @BeforeEach
    void remember() {
        villagesBefore = jdbc.sql(
                        "select code, population, population_estimated, population_source, population_as_of from village")
                .query()
                .listOfRows();
        districtsBefore = jdbc.sql("select code, population, population_as_of from district")
                .query()
                .listOfRows();
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from coverage_figure where semester = :s")
                .param("s", SEMESTER)
                .update();
        jdbc.sql("delete from coverage_target where year = 2031").update();
        jdbc.sql("delete from village_population where recorded_by = 'admin'").update();
        for (Map<String, Object> v : villagesBefore) {
            jdbc.sql("""
                    update village set population = :p, population_estimated = :e, population_source = :s, population_as_of = :a
                    where code = :c""")
                    .param("p", v.get("population"))
                    .param("e", v.get("population_estimated"))
                    .param("s", v.get("population_source"))
                    .param("a", v.get("population_as_of"))
                    .param("c", v.get("code"))
                    .update();
        }
        for (Map<String, Object> d : districtsBefore) {
            jdbc.sql("update district set population = :p, population_as_of = :a where code = :c")
                    .param("p", d.get("population"))
                    .param("a", d.get("population_as_of"))
                    .param("c", d.get("code"))
                    .update();
        }
    }

    @Test
    void an_administrator_changes_one_villages_population_with_source_and_date_and_it_is_audited() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(CoverageAdminView.class);
        long audits = audits("POPULATION_CHANGED");
        Grid<VillagePopulation> grid = grid("coverage-villages");
        VillagePopulation sotek = grid.getGenericDataView()
                .getItems()
                .filter(v -> v.code().equals(SOTEK))
                .findFirst()
                .orElseThrow();
        int index = grid.getGenericDataView().getItems().toList().indexOf(sotek);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, index))
                .as("the reference data's split is labelled an estimate")
                .contains("4.580 (perkiraan)");
        grid.asSingleSelect().setValue(sotek);
        assertThat(_get(Span.class, s -> s.withId("coverage-selected-village")).getText())
                .contains(SOTEK);

        _get(IntegerField.class, s -> s.withId("coverage-population")).setValue(4321);
        _get(TextField.class, s -> s.withId("coverage-population-source")).setValue("Sensus desa 2025");
        _get(DatePicker.class, s -> s.withId("coverage-population-asof")).setValue(LocalDate.of(2025, 12, 31));
        ButtonKt._click(_get(Button.class, s -> s.withId("coverage-population-save")));

        Map<String, Object> row = jdbc.sql(
                        "select population, population_estimated, population_source from village where code = :c")
                .param("c", SOTEK)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("population", 4321)
                .containsEntry("population_estimated", false)
                .containsEntry("population_source", "Sensus desa 2025");
        assertThat(audits("POPULATION_CHANGED")).isEqualTo(audits + 1);
        assertThat(CoverageAdminViewIT.<VillagePopulation>grid("coverage-villages")
                        .getGenericDataView()
                        .getItems()
                        .filter(v -> v.code().equals(SOTEK))
                        .findFirst()
                        .orElseThrow()
                        .estimated())
                .isFalse();
    }

    @Test
    void a_coverage_file_with_a_bad_line_shows_line_and_reason_and_imports_nothing_and_a_good_one_is_imported() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(CoverageAdminView.class);
        String good = "semester,kode_desa,indikator,pemilik,sasaran\n"
                + SEMESTER + "," + SOTEK + ",EKTP,800,1000\n"
                + SEMESTER + "," + SOTEK + ",KIA,100,400\n";

        upload("coverage-upload-coverage", good + SEMESTER + "," + SOTEK + ",IKD,500,400\n");

        assertThat(_get(Span.class, s -> s.withId("coverage-import-summary")).getText())
                .isEqualTo("Berkas ditolak, tidak ada yang disimpan: 1 masalah");
        assertThat(_get(Div.class, s -> s.withId("coverage-import-problems"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Baris 4: pemilik (500) melebihi sasaran (400)");
        assertThat(figures()).isZero();

        upload("coverage-upload-coverage", good);

        assertThat(_get(Span.class, s -> s.withId("coverage-import-summary")).getText())
                .isEqualTo("2 baris diimpor");
        assertThat(_get(Div.class, s -> s.withId("coverage-import-problems")).getChildren())
                .isEmpty();
        assertThat(figures()).isEqualTo(2);
    }

    @Test
    void a_population_file_that_does_not_add_up_is_refused_whole_and_a_good_one_replaces_the_estimates() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(CoverageAdminView.class);
        List<Map<String, Object>> villages =
                jdbc.sql("select code, district_code from village").query().listOfRows();
        StringBuilder f = new StringBuilder("kode,penduduk\n");
        villages.forEach(v -> f.append(v.get("code")).append(",1000\n"));
        Map<String, Long> perDistrict = new java.util.TreeMap<>();
        villages.forEach(v -> perDistrict.merge((String) v.get("district_code"), 1000L, Long::sum));
        perDistrict.forEach((d, n) -> f.append(d).append(',').append(n).append('\n'));
        _get(TextField.class, s -> s.withId("coverage-import-source")).setValue("Dukcapil PPU semester");

        upload("coverage-upload-population", f + "64.09,1\n");

        assertThat(_get(Div.class, s -> s.withId("coverage-import-problems"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Baris ")
                .contains("jumlah kabupaten tertulis 1");
        assertThat(jdbc.sql("select count(*) from village_population where recorded_by = 'admin'")
                        .query(Long.class)
                        .single())
                .isZero();

        upload("coverage-upload-population", f + "64.09," + villages.size() * 1000 + "\n");

        assertThat(_get(Span.class, s -> s.withId("coverage-import-summary")).getText())
                .isEqualTo(villages.size() + " baris diimpor");
        assertThat(jdbc.sql("select count(*) from village where population <> 1000 or population_estimated")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audits("POPULATION_IMPORTED")).isPositive();
    }

    @Test
    void an_administrator_sets_a_target_in_percent_and_it_is_kept_as_a_share() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(CoverageAdminView.class);
        @SuppressWarnings("unchecked")
        ComboBox<CoverageIndicator> indicator = _get(ComboBox.class, s -> s.withId("coverage-target-indicator"));
        indicator.setValue(CoverageIndicator.EKTP);
        _get(IntegerField.class, s -> s.withId("coverage-target-year")).setValue(2031);
        _get(BigDecimalField.class, s -> s.withId("coverage-target-percent")).setValue(new BigDecimal("97.5"));
        _get(TextField.class, s -> s.withId("coverage-target-source")).setValue("Renstra Dukcapil");

        ButtonKt._click(_get(Button.class, s -> s.withId("coverage-target-save")));

        assertThat(jdbc.sql("select target from coverage_target where indicator = 'EKTP' and year = 2031")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("0.975");
        assertThat(CoverageAdminViewIT.<id.ppu.dukcapil.region.CoverageTarget>grid("coverage-targets")
                        .getGenericDataView()
                        .getItems())
                .anyMatch(t -> t.year() == 2031);

        _get(BigDecimalField.class, s -> s.withId("coverage-target-percent")).setValue(new BigDecimal("120"));
        ButtonKt._click(_get(Button.class, s -> s.withId("coverage-target-save")));

        assertThat(jdbc.sql("select target from coverage_target where indicator = 'EKTP' and year = 2031")
                        .query(BigDecimal.class)
                        .single())
                .as("a target above 100 % is refused")
                .isEqualByComparingTo("0.975");
    }

    @Test
    void nobody_but_administrators_opens_the_screen() {
        for (Role role : List.of(Role.PETUGAS, Role.KEPALA, Role.PERENCANA)) {
            login(role.name().toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(CoverageAdminView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private static void upload(String id, String csv) {
        UploadKt._upload(
                _get(Upload.class, s -> s.withId(id)), "data.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private long figures() {
        return jdbc.sql("select count(*) from coverage_figure where semester = :s")
                .param("s", SEMESTER)
                .query(Long.class)
                .single();
    }

    private long audits(String kind) {
        return jdbc.sql("select count(*) from audit_event where kind = :k")
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }
}
