package id.ppu.dukcapil.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureCsvTest {

    private static final Map<String, String> VILLAGES = new LinkedHashMap<>();

    static {
        VILLAGES.put("64.09.01.1001", "64.09.01");
        VILLAGES.put("64.09.01.1002", "64.09.01");
        VILLAGES.put("64.09.02.1001", "64.09.02");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_population_file_that_adds_up_gives_every_village() {
        var p = FigureCsv.population(csv("""
                kode,penduduk
                64.09.01.1001,100
                64.09.01.1002,50
                64.09.02.1001,30
                64.09.01,150
                64.09.02,30
                64.09,180
                """), VILLAGES, "64.09");
        assertThat(p.problems()).isEmpty();
        assertThat(p.villages())
                .containsEntry("64.09.01.1001", 100)
                .containsEntry("64.09.02.1001", 30)
                .hasSize(3);
    }

    @Test
    void a_district_total_that_differs_from_its_villages_is_reported_on_its_line_and_nothing_is_kept() {
        var p = FigureCsv.population(csv("""
                kode;penduduk
                64.09.01.1001;100
                64.09.01.1002;50
                64.09.02.1001;30
                64.09.01;151
                64.09.02;30
                64.09;181
                """), VILLAGES, "64.09");
        assertThat(p.villages()).isEmpty();
        assertThat(p.problems())
                .extracting(LineProblem::line, LineProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(5, "figures.error.districtSum"));
        assertThat(p.problems()).extracting(LineProblem::messageKey).doesNotContain("figures.error.regencySum");
    }

    @Test
    void missing_villages_unknown_codes_and_bad_numbers_are_reported_with_their_lines() {
        var p = FigureCsv.population(csv("""
                kode,penduduk
                64.09.01.1001,-3
                64.09.09.9999,10
                64.09.01.1001,5
                64.09.01.1001,7
                """), VILLAGES, "64.09");
        assertThat(p.problems())
                .extracting(LineProblem::line, LineProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "figures.error.number"),
                        org.assertj.core.groups.Tuple.tuple(3, "figures.error.code"),
                        org.assertj.core.groups.Tuple.tuple(5, "figures.error.duplicate"));
    }

    @Test
    void coverage_lines_are_checked_each_with_line_and_reason() {
        var c = FigureCsv.coverage(csv("""
                semester,kode_desa,indikator,pemilik,sasaran
                2025-1,64.09.01.1001,EKTP,90,100
                2025-3,64.09.01.1001,EKTP,90,100
                2025-1,64.09.77.1001,KIA,1,2
                2025-1,64.09.01.1001,PASPOR,1,2
                2025-1,64.09.01.1001,KIA,5,4
                2025-1,64.09.01.1001,EKTP,91,100
                2025-1,64.09.01.1001,IKD,x,100
                2025-1,64.09.01.1001,IKD,1
                """), VILLAGES.keySet());
        assertThat(c.lines()).isEmpty();
        assertThat(c.problems())
                .extracting(LineProblem::line, LineProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "figures.error.semester"),
                        org.assertj.core.groups.Tuple.tuple(4, "figures.error.code"),
                        org.assertj.core.groups.Tuple.tuple(5, "figures.error.indicator"),
                        org.assertj.core.groups.Tuple.tuple(6, "figures.error.holdersAboveEligible"),
                        org.assertj.core.groups.Tuple.tuple(7, "figures.error.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(8, "figures.error.number"),
                        org.assertj.core.groups.Tuple.tuple(9, "figures.error.columns"));
    }

    @Test
    void good_coverage_lines_accept_indonesian_indicator_names() {
        var c = FigureCsv.coverage(
                csv("semester,kode_desa,indikator,pemilik,sasaran\n2025-2,64.09.01.1001,AKTA_LAHIR,1.200,1.500\n"),
                Set.of("64.09.01.1001"));
        assertThat(c.problems()).isEmpty();
        assertThat(c.lines())
                .containsExactly(new FigureCsv.CoverageLine(
                        new Semester(2025, 2), "64.09.01.1001", CoverageIndicator.BIRTH_CERT, 1200, 1500));
    }

    @Test
    void a_wrong_header_is_one_problem_on_line_one() {
        var c = FigureCsv.coverage(csv("village,indicator\n"), Set.of());
        assertThat(c.problems()).extracting(LineProblem::line).containsExactly(1);
    }

    @Test
    void the_gap_is_target_times_eligible_rounded_up_minus_holders_never_below_zero() {
        assertThat(CoverageFigure.gap(new BigDecimal("0.85"), 100, 80)).isEqualTo(5);
        assertThat(CoverageFigure.gap(new BigDecimal("0.85"), 99, 80)).isEqualTo(5); // 84.15 -> 85
        assertThat(CoverageFigure.gap(new BigDecimal("0.85"), 100, 85)).isZero();
        assertThat(CoverageFigure.gap(new BigDecimal("0.85"), 100, 97)).isZero();
        assertThat(CoverageFigure.gap(null, 100, 0)).isZero();
        assertThat(new CoverageFigure(CoverageIndicator.IKD, 30, 200, new BigDecimal("0.30")).gap())
                .isEqualTo(30);
        assertThat(new CoverageFigure(CoverageIndicator.IKD, 0, 0, new BigDecimal("0.30")).coverage())
                .isNull();
    }
}
