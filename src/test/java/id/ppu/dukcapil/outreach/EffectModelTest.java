package id.ppu.dukcapil.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectModelTest {

    /** A visit whose villages went from 20% to {@code afterPct}% online while the comparison went from 30% to 35%. */
    private static VisitEffect visit(int afterPct, long visitedTotal) {
        return new VisitEffect(
                1,
                LocalDate.of(2024, 3, 5),
                "Sepaku",
                List.of("Bumi Harapan"),
                new VisitEffect.Counts(visitedTotal / 5, visitedTotal),
                new VisitEffect.Counts(visitedTotal * afterPct / 100, visitedTotal),
                new VisitEffect.Counts(300, 1000),
                new VisitEffect.Counts(350, 1000));
    }

    @Test
    void a_visit_difference_is_its_villages_change_minus_the_comparison_change() {
        VisitEffect v = visit(45, 100);
        assertThat(v.visitedChange()).isCloseTo(25, within(1e-9));
        assertThat(v.comparisonChange()).isCloseTo(5, within(1e-9));
        assertThat(v.difference()).isCloseTo(20, within(1e-9));
    }

    @Test
    void windows_with_fewer_than_20_requests_do_not_count() {
        assertThat(visit(45, 19).enoughData()).isFalse();
        assertThat(visit(45, 20).enoughData()).isTrue();
    }

    @Test
    void fewer_than_three_usable_visits_are_too_few_to_tell() {
        EffectReport.Summary s = EffectModel.summarise(List.of(visit(45, 100), visit(50, 100), visit(60, 10)));
        assertThat(s.verdict()).isEqualTo(EffectReport.Verdict.TOO_FEW);
        assertThat(s.visits()).isEqualTo(2);
        assertThat(s.tooFewCases()).isEqualTo(1);
    }

    @Test
    void consistent_gains_beyond_the_comparison_read_as_a_rise_with_a_t_interval() {
        // Differences 20, 25 and 30 points: mean 25, sd 5, se 5/sqrt(3), t(2 df) 4.303.
        EffectReport.Summary s = EffectModel.summarise(List.of(visit(45, 100), visit(50, 100), visit(55, 100)));
        assertThat(s.verdict()).isEqualTo(EffectReport.Verdict.ROSE);
        assertThat(s.meanDifference()).isCloseTo(25, within(1e-9));
        assertThat(s.meanVisitedChange()).isCloseTo(30, within(1e-9));
        assertThat(s.meanComparisonChange()).isCloseTo(5, within(1e-9));
        assertThat(s.low()).isCloseTo(25 - 4.303 * 5 / Math.sqrt(3), within(1e-6));
    }

    @Test
    void mixed_results_read_as_no_clear_change() {
        // Differences −15, +20 and +40 points.
        EffectReport.Summary s = EffectModel.summarise(List.of(visit(10, 100), visit(45, 100), visit(65, 100)));
        assertThat(s.verdict()).isEqualTo(EffectReport.Verdict.NO_CLEAR_CHANGE);
    }

    @Test
    void consistent_losses_read_as_a_fall() {
        EffectReport.Summary s = EffectModel.summarise(List.of(visit(10, 100), visit(11, 100), visit(12, 100)));
        assertThat(s.verdict()).isEqualTo(EffectReport.Verdict.FELL);
    }

    @Test
    void the_distribution_counts_each_usable_visit_once_in_5_point_bins() {
        List<EffectReport.Bin> bins = EffectModel.distribution(
                List.of(visit(45, 100), visit(46, 100), visit(90, 100), visit(0, 100), visit(45, 5)));
        assertThat(bins).hasSize(10);
        assertThat(bins.stream().mapToInt(EffectReport.Bin::visits).sum()).isEqualTo(4);
        // 20 and 21 points fall in [20, +inf) together with 65; -25 falls below -20.
        assertThat(bins.get(9).visits()).isEqualTo(3);
        assertThat(bins.get(0).visits()).isEqualTo(1);
    }
}
