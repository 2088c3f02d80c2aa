package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.outreach.Villages.REGENCY;
import static id.ppu.dukcapil.outreach.Villages.village;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.ppu.dukcapil.region.CoverageFigure;
import id.ppu.dukcapil.region.CoverageIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageGapFactorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private static final BigDecimal T = new BigDecimal("0.90");

    private final VillageFacts a = village("A", "D1", 1000, 40, false, 50, 10, 50, 25, null);
    private final VillageFacts b = village("B", "D1", 1000, 40, false, 50, 10, 50, 25, null);
    private final VillageFacts c = village("C", "D1", 1000, 40, false, 50, 10, 50, 25, null);

    private PriorityModel model(Weights w) {
        return new PriorityModel(REGENCY, w, Thresholds.DEFAULT, 100)
                .withCoverage(Map.of(
                        // A: e-KTP gap 90 - 50 = 40 people (weight 1) + KIA gap 90 - 10 = 80 (weight 0.5) = 80 weighted
                        "A",
                                List.of(
                                        new CoverageFigure(CoverageIndicator.EKTP, 50, 100, T),
                                        new CoverageFigure(CoverageIndicator.KIA, 10, 100, T)),
                        // B: e-KTP gap 20 people = 20 weighted
                        "B", List.of(new CoverageFigure(CoverageIndicator.EKTP, 70, 100, T))));
    }

    @Test
    void the_coverage_gap_counts_people_without_each_document_weighted_per_indicator_relative_to_the_largest() {
        PriorityModel m = model(Weights.OFFICE_OPEN);
        assertThat(m.evaluate(a, DAY, false).factor(Factor.COVERAGE_GAP).raw()).isEqualTo(80.0);
        assertThat(m.evaluate(a, DAY, false).factor(Factor.COVERAGE_GAP).scaled())
                .isEqualTo(1.0);
        assertThat(m.evaluate(b, DAY, false).factor(Factor.COVERAGE_GAP).scaled())
                .isCloseTo(0.25, within(1e-9));
        assertThat(m.evaluate(c, DAY, false).factor(Factor.COVERAGE_GAP).raw()).isNull();
        assertThat(m.evaluate(c, DAY, false).factor(Factor.COVERAGE_GAP).scaled())
                .isZero();
    }

    @Test
    void with_only_the_coverage_gap_weighted_the_village_with_most_people_to_reach_ranks_first() {
        List<VillagePriority> ranking =
                model(new Weights(0, 0, 0, 0, 0, 100)).rank(List.of(c, b, a), DAY, java.util.Set.of());
        assertThat(ranking).extracting(p -> p.village().code()).containsExactly("A", "B", "C");
        assertThat(ranking.get(0).score()).isCloseTo(100, within(1e-9));
        assertThat(ranking.get(1).score()).isCloseTo(25, within(1e-9));
    }

    @Test
    void the_access_axis_reads_coverage_against_target_where_figures_exist_and_the_proxy_elsewhere() {
        PriorityModel m = model(Weights.OFFICE_OPEN);
        VillagePriority pa = m.evaluate(a, DAY, false);
        assertThat(pa.accessFromCoverage()).isTrue();
        assertThat(pa.accessRatio()).isCloseTo((0.5 / 0.9 + 0.1 / 0.9) / 2, within(1e-9));
        VillagePriority pc = m.evaluate(c, DAY, false);
        assertThat(pc.accessFromCoverage()).isFalse();
        assertThat(pc.accessRatio()).isCloseTo(c.casesPer1000() / REGENCY.casesPer1000(), within(1e-9));
    }
}
