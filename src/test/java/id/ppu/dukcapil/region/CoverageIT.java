package id.ppu.dukcapil.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.base.api.ApiParameterException;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestSignIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Imports, targets and the coverage API against the real database; each test rolls back. */
@SpringBootTest
@Transactional
class CoverageIT {

    private static final String SOTEK = "64.09.01.1014";
    private static final String GERSIK = "64.09.01.1017";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CoverageService coverage;

    @Autowired
    PopulationService population;

    @Autowired
    CoverageApiController api;

    @BeforeEach
    void signIn() {
        TestSignIn.signIn("admin", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void default_targets_are_the_reported_national_figures_and_say_where_a_year_is_carried_over() {
        // Untouched defaults only: an administrator's edit would be kept by V28 on purpose.
        record Target(String indicator, int year, double target, String source, String updatedBy) {}
        Map<String, Target> byKey = new java.util.HashMap<>();
        jdbc.sql("select indicator, year, target, source, updated_by from coverage_target")
                .query((rs, n) ->
                        new Target(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getString(4), rs.getString(5)))
                .list()
                .forEach(t -> byKey.put(t.indicator() + t.year(), t));

        assertThat(byKey.get("EKTP2023").target()).isEqualTo(0.994);
        assertThat(byKey.get("EKTP2023").source()).contains("Media Indonesia 29/03/2023");
        assertThat(byKey.get("KIA2024").target()).isEqualTo(0.60);
        assertThat(byKey.get("BIRTH_CERT2019").target()).isEqualTo(0.85);
        assertThat(byKey.get("BIRTH_CERT2020").target()).isEqualTo(0.95);
        assertThat(byKey.get("IKD2023").target()).isEqualTo(0.25);
        // No national figure found for 2022: the 2021 one, and the source says so.
        assertThat(byKey.get("KIA2022").target()).isEqualTo(0.33);
        assertThat(byKey.get("KIA2022").source()).startsWith("Tidak ditemukan untuk 2022; memakai 2021");
        assertThat(byKey.get("IKD2030").target()).isEqualTo(0.30);
        assertThat(byKey.get("IKD2030").source()).startsWith("Tidak ditemukan untuk 2030; memakai 2024");
        assertThat(byKey.values())
                .filteredOn(t -> t.updatedBy().equals("system"))
                .allSatisfy(t -> assertThat(t.source()).doesNotContain("Belum diverifikasi"));
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String GOOD = """
            semester,kode_desa,indikator,pemilik,sasaran
            2030-1,64.09.01.1014,EKTP,800,1000
            2030-1,64.09.01.1014,KIA,100,400
            2030-1,64.09.01.1017,EKTP,950,1000
            """;

    @Test
    void a_good_coverage_file_is_imported_and_importing_it_again_changes_nothing() {
        assertThat(coverage.importFigures(csv(GOOD), "Laporan uji").rows()).isEqualTo(3);
        String before = jdbc.sql(
                        "select string_agg(village_code || indicator || holders || '/' || eligible, ',' order by 1)"
                                + " from coverage_figure where semester = '2030-1'")
                .query(String.class)
                .single();
        assertThat(coverage.importFigures(csv(GOOD), "Laporan uji").ok()).isTrue();
        assertThat(jdbc.sql("select string_agg(village_code || indicator || holders || '/' || eligible, ',' order by 1)"
                                + " from coverage_figure where semester = '2030-1'")
                        .query(String.class)
                        .single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from coverage_figure where semester = '2030-1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'COVERAGE_IMPORTED'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_file_with_one_bad_line_writes_nothing_and_names_the_line() {
        FigureImportResult r = coverage.importFigures(csv(GOOD + "2030-1,64.09.01.1017,KIA,500,400\n"), null);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(LineProblem::line).containsExactly(5);
        assertThat(jdbc.sql("select count(*) from coverage_figure where semester = '2030-1'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_api_gives_holders_eligible_target_and_gap_as_raw_sql_does() {
        coverage.importFigures(csv(GOOD), "Laporan uji");
        coverage.changeTarget(CoverageIndicator.EKTP, 2030, new java.math.BigDecimal("0.9500"), "uji");
        var answer = api.coverage("district", "2030-1");
        var penajam = answer.groups().stream()
                .filter(g -> g.key().equals("64.09.01"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> sql = jdbc.sql("""
                select sum(f.holders) as h, sum(f.eligible) as e, max(t.target) as t,
                       greatest(0, ceil(max(t.target) * sum(f.eligible)) - sum(f.holders)) as gap
                from coverage_figure f join village v on v.code = f.village_code
                join coverage_target t on t.indicator = f.indicator and t.year = 2030
                where f.semester = '2030-1' and f.indicator = 'EKTP' and v.district_code = '64.09.01'
                """).query().singleRow();
        var ektp = penajam.indicators().get("EKTP");
        assertThat(ektp.holders())
                .isEqualTo(((Number) sql.get("h")).longValue())
                .isEqualTo(1750);
        assertThat(ektp.eligible()).isEqualTo(2000);
        assertThat(ektp.gap()).isEqualTo(((Number) sql.get("gap")).longValue()).isEqualTo(150);
        assertThat(ektp.coverage()).isEqualTo(0.875);
        var villages = api.coverage("village", "2030-1");
        assertThat(villages.groups())
                .extracting(CoverageApiController.Group::key)
                .containsExactly(SOTEK, GERSIK);
        assertThat(villages.groups().get(1).indicators().get("EKTP").gap()).isZero();
    }

    @Test
    void bad_parameters_are_refused_naming_the_parameter() {
        assertThatThrownBy(() -> api.coverage("month", null))
                .isInstanceOfSatisfying(
                        ApiParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("groupBy"));
        assertThatThrownBy(() -> api.coverage("village", "2025-3"))
                .isInstanceOfSatisfying(
                        ApiParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("semester"));
    }

    @Test
    void a_population_file_that_adds_up_replaces_the_estimates_and_the_district_totals() {
        List<Map<String, Object>> villages =
                jdbc.sql("select code, district_code from village").query().listOfRows();
        StringBuilder f = new StringBuilder("kode,penduduk\n");
        villages.forEach(v -> f.append(v.get("code")).append(",1000\n"));
        Map<String, Long> perDistrict = new java.util.TreeMap<>();
        villages.forEach(v -> perDistrict.merge((String) v.get("district_code"), 1000L, Long::sum));
        perDistrict.forEach((d, n) -> f.append(d).append(',').append(n).append('\n'));
        FigureImportResult bad = population.importSemester(new Semester(2026, 1), "BPS", csv(f + "64.09,1\n"));
        assertThat(bad.problems()).extracting(LineProblem::messageKey).containsExactly("figures.error.regencySum");
        assertThat(jdbc.sql("select count(*) from village_population")
                        .query(Long.class)
                        .single())
                .isZero();

        FigureImportResult good = population.importSemester(
                new Semester(2026, 1),
                "Dukcapil PPU semester I 2026",
                csv(f + "64.09," + villages.size() * 1000 + "\n"));
        assertThat(good.rows()).isEqualTo(villages.size());
        assertThat(jdbc.sql("select count(*) from village where population <> 1000 or population_estimated")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select sum(population) from district")
                        .query(Long.class)
                        .single())
                .isEqualTo(villages.size() * 1000L);
    }

    @Test
    void an_administrator_edits_one_village_with_source_and_date_and_it_is_audited() {
        // The audit trail is append-only and shared with other tests (the admin screen's IT commits one too).
        long before = populationChanges();
        population.change(SOTEK, 4321, "Sensus desa", java.time.LocalDate.of(2025, 12, 31));
        VillagePopulation v = population.villages().stream()
                .filter(p -> p.code().equals(SOTEK))
                .findFirst()
                .orElseThrow();
        assertThat(v.population()).isEqualTo(4321);
        assertThat(v.estimated()).isFalse();
        assertThat(v.source()).isEqualTo("Sensus desa");
        assertThat(populationChanges()).isEqualTo(before + 1);
    }

    private long populationChanges() {
        return jdbc.sql("select count(*) from audit_event where kind = 'POPULATION_CHANGED'")
                .query(Long.class)
                .single();
    }
}
