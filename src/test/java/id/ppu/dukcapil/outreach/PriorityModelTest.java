package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.outreach.Villages.REGENCY;
import static id.ppu.dukcapil.outreach.Villages.plain;
import static id.ppu.dukcapil.outreach.Villages.village;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorityModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    /** Weights summing to 100, so a factor's points are its weight times its scaled value. */
    private static final Weights WEIGHTS = new Weights(30, 25, 15, 15, 15);

    private final PriorityModel model = new PriorityModel(REGENCY, WEIGHTS, Thresholds.DEFAULT, 100);

    @Test
    void each_factor_shows_its_raw_value_and_its_scaled_value_and_the_score_is_their_weighted_mean() {
        // 25 waiting of 100 capacity; 20% online against 40%; 50 per 1,000 against 100; 40 of 80 km; never visited.
        VillageFacts a = village("A", "D1", 1000, 40, false, 50, 10, 50, 25, null);

        VillagePriority p = model.evaluate(a, DAY, false);

        assertThat(p.factor(Factor.DEMAND).raw()).isEqualTo(25.0);
        assertThat(p.factor(Factor.DEMAND).scaled()).isCloseTo(0.25, within(1e-9));
        assertThat(p.factor(Factor.ADOPTION_GAP).raw()).isCloseTo(20.0, within(1e-9));
        assertThat(p.factor(Factor.ADOPTION_GAP).scaled()).isCloseTo(0.5, within(1e-9));
        assertThat(p.factor(Factor.UNDER_SERVICE).raw()).isCloseTo(50.0, within(1e-9));
        assertThat(p.factor(Factor.UNDER_SERVICE).scaled()).isCloseTo(0.5, within(1e-9));
        assertThat(p.factor(Factor.ACCESS).raw()).isEqualTo(40.0);
        assertThat(p.factor(Factor.ACCESS).scaled()).isCloseTo(0.25, within(1e-9));
        assertThat(p.factor(Factor.RECENCY).raw()).isNull();
        assertThat(p.factor(Factor.RECENCY).scaled()).isEqualTo(1.0);
        // 30*.25 + 25*.5 + 15*.5 + 15*.25 + 15*1 = 46.25 (weights sum to 100)
        assertThat(p.score()).isCloseTo(46.25, within(1e-9));
        assertThat(p.factors().stream().mapToDouble(FactorValue::contribution).sum())
                .isCloseTo(p.score(), within(1e-9));
    }

    @Test
    void hard_to_reach_adds_half_of_the_access_factor() {
        VillageFacts far = village("A", "D1", 1000, 80, true, 100, 40, 100, 0, null);
        assertThat(model.evaluate(far, DAY, false).factor(Factor.ACCESS).scaled())
                .isEqualTo(1.0);
    }

    @Test
    void recency_grows_with_the_days_since_the_last_visit_and_is_full_after_90_days() {
        VillageFacts recent = village("A", "D1", 1000, 40, false, 100, 40, 100, 0, DAY.minusDays(18));
        VillageFacts old = village("B", "D1", 1000, 40, false, 100, 40, 100, 0, DAY.minusDays(91));

        assertThat(model.evaluate(recent, DAY, false).factor(Factor.RECENCY).raw())
                .isEqualTo(18.0);
        assertThat(model.evaluate(recent, DAY, false).factor(Factor.RECENCY).scaled())
                .isCloseTo(0.2, within(1e-9));
        assertThat(model.evaluate(old, DAY, false).factor(Factor.RECENCY).scaled())
                .isEqualTo(1.0);
    }

    @Test
    void villages_at_or_above_the_regency_get_no_gap() {
        VillageFacts ahead = village("A", "D1", 1000, 0, false, 300, 200, 300, 0, DAY);
        VillagePriority p = model.evaluate(ahead, DAY, false);
        assertThat(p.factor(Factor.ADOPTION_GAP).scaled()).isZero();
        assertThat(p.factor(Factor.UNDER_SERVICE).scaled()).isZero();
        assertThat(p.score()).isZero();
    }

    @Test
    void demand_is_capped_at_one_visit_capacity() {
        VillageFacts crowded = plain("A", "D1", 250);
        assertThat(model.evaluate(crowded, DAY, false).factor(Factor.DEMAND).scaled())
                .isEqualTo(1.0);
    }

    @Test
    void changing_a_weight_changes_the_ranking() {
        VillageFacts waiting = village("A", "D1", 1000, 0, false, 100, 40, 100, 80, DAY);
        VillageFacts remote = village("B", "D1", 1000, 80, true, 100, 40, 100, 0, DAY);
        List<VillageFacts> both = List.of(waiting, remote);

        PriorityModel demandOnly = new PriorityModel(REGENCY, new Weights(100, 0, 0, 0, 0), Thresholds.DEFAULT, 100);
        PriorityModel accessOnly = new PriorityModel(REGENCY, new Weights(0, 0, 0, 100, 0), Thresholds.DEFAULT, 100);

        assertThat(demandOnly.rank(both, DAY, Set.of()))
                .extracting(p -> p.village().code())
                .containsExactly("A", "B");
        assertThat(accessOnly.rank(both, DAY, Set.of()))
                .extracting(p -> p.village().code())
                .containsExactly("B", "A");
    }

    @Test
    void only_the_proportions_of_the_weights_matter() {
        VillageFacts a = village("A", "D1", 1000, 40, false, 50, 10, 50, 25, null);
        PriorityModel doubled = new PriorityModel(REGENCY, new Weights(60, 50, 30, 30, 30), Thresholds.DEFAULT, 100);
        assertThat(doubled.evaluate(a, DAY, false).score())
                .isCloseTo(model.evaluate(a, DAY, false).score(), within(1e-9));
    }

    @Test
    void all_weights_zero_scores_every_village_zero() {
        PriorityModel none = new PriorityModel(REGENCY, new Weights(0, 0, 0, 0, 0), Thresholds.DEFAULT, 100);
        assertThat(none.evaluate(plain("A", "D1", 50), DAY, false).score()).isZero();
    }

    @Test
    void equal_scores_rank_by_village_code_whatever_the_input_order() {
        List<VillageFacts> villages = List.of(plain("C", "D1", 10), plain("A", "D2", 10), plain("B", "D1", 10));

        List<VillagePriority> ranking = model.rank(villages, DAY, Set.of());

        assertThat(ranking).extracting(p -> p.village().code()).containsExactly("A", "B", "C");
        assertThat(ranking).extracting(VillagePriority::rank).containsExactly(1, 2, 3);
    }

    @Test
    void excluded_villages_are_listed_last_without_a_rank() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 90), plain("B", "D1", 10), plain("C", "D1", 50));

        List<VillagePriority> ranking = model.rank(villages, DAY, Set.of("A"));

        assertThat(ranking).extracting(p -> p.village().code()).containsExactly("C", "B", "A");
        assertThat(ranking).extracting(VillagePriority::rank).containsExactly(1, 2, 0);
        assertThat(ranking.get(2).excluded()).isTrue();
    }

    @Test
    void red_category_draws_its_lines_at_80_percent_of_the_regency_rate_and_90_percent_completed() {
        // Regency rate is 100 per 1,000: 80 per 1,000 is good access, 79 is poor.
        assertThat(model.evaluate(village("A", "D", 1000, 0, false, 80, 0, 72, 0, null), DAY, false)
                        .category())
                .isEqualTo(RedCategory.CAT_1);
        assertThat(model.evaluate(village("B", "D", 1000, 0, false, 80, 0, 71, 0, null), DAY, false)
                        .category())
                .isEqualTo(RedCategory.CAT_2);
        assertThat(model.evaluate(village("C", "D", 1000, 0, false, 79, 0, 79, 0, null), DAY, false)
                        .category())
                .isEqualTo(RedCategory.CAT_3);
        assertThat(model.evaluate(village("D", "D", 1000, 0, false, 0, 0, 0, 0, null), DAY, false)
                        .category())
                .isEqualTo(RedCategory.CAT_4);
    }

    @Test
    void thresholds_are_adjustable() {
        PriorityModel lenient = new PriorityModel(REGENCY, WEIGHTS, new Thresholds(50, 50), 100);
        VillageFacts v = village("A", "D", 1000, 0, false, 60, 0, 30, 0, null);
        assertThat(model.evaluate(v, DAY, false).category()).isEqualTo(RedCategory.CAT_4);
        assertThat(lenient.evaluate(v, DAY, false).category()).isEqualTo(RedCategory.CAT_1);
    }

    @Test
    void districts_aggregate_the_villages_that_remain_in_the_plan() {
        List<VillageFacts> villages =
                List.of(plain("A", "D1", 100), plain("B", "D1", 0), plain("C", "D2", 60), plain("X", "D2", 100));
        List<VillagePriority> ranking = model.rank(villages, DAY, Set.of("X"));

        List<DistrictPriority> districts = PriorityModel.byDistrict(ranking);

        assertThat(districts).extracting(DistrictPriority::districtCode).containsExactly("D2", "D1");
        DistrictPriority d1 = districts.get(1);
        assertThat(d1.villages()).isEqualTo(2);
        assertThat(d1.waitingInPerson()).isEqualTo(100);
        assertThat(d1.topVillage()).isEqualTo("Desa A");
        assertThat(d1.meanScore())
                .isCloseTo((ranking.get(0).score() + ranking.get(2).score()) / 2, within(1e-9));
        assertThat(districts.get(0).villages()).isEqualTo(1);
    }

    @Test
    void weights_outside_0_to_100_are_rejected() {
        assertThatThrownBy(() -> new Weights(101, 0, 0, 0, 0)).isInstanceOf(OutreachException.class);
        assertThatThrownBy(() -> Weights.OFFICE_OPEN.with(Factor.ACCESS, -1)).isInstanceOf(OutreachException.class);
    }

    @Test
    void the_office_closed_to_walk_ins_weights_demand_higher_by_default() {
        assertThat(Weights.defaults(true).demand())
                .isGreaterThan(Weights.defaults(false).demand());
        assertThat(Weights.defaults(true).demand()
                        * 1.0
                        / Weights.defaults(true).total())
                .isGreaterThan(Weights.defaults(false).demand()
                        * 1.0
                        / Weights.defaults(false).total());
    }
}
