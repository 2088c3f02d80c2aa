package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.outreach.Villages.REGENCY;
import static id.ppu.dukcapil.outreach.Villages.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);

    /** Expected turnout is just the waiting cases when past visits drew nobody else. */
    private final SchedulePlanner planner =
            new SchedulePlanner(new PriorityModel(REGENCY, Weights.OFFICE_OPEN, Thresholds.DEFAULT, 100), 0);

    private static PlanRequest weeks(int weeks, int capacity, Set<String> excluded) {
        return new PlanRequest(
                MONDAY,
                weeks,
                PlanRequest.DEFAULT_WEEKDAYS,
                capacity,
                PlanRequest.DEFAULT_MAX_VILLAGES,
                excluded,
                Weights.OFFICE_OPEN);
    }

    @Test
    void the_default_plan_has_a_visit_every_tuesday_and_thursday_of_the_next_four_weeks() {
        List<VillageFacts> villages = IntStream.range(0, 40)
                .mapToObj(i -> plain("V" + (100 + i), "D" + (i % 4), 30))
                .toList();

        List<ProposedVisit> plan =
                planner.propose(PlanRequest.defaults(MONDAY, Weights.OFFICE_OPEN), villages, Set.of(), List.of());

        assertThat(plan).hasSize(8);
        assertThat(plan)
                .extracting(v -> v.date().getDayOfWeek())
                .allMatch(d -> d == DayOfWeek.TUESDAY || d == DayOfWeek.THURSDAY);
        assertThat(plan.get(0).date()).isEqualTo(TUESDAY);
        assertThat(plan.get(7).date()).isEqualTo(MONDAY.plusWeeks(3).plusDays(3));
    }

    @Test
    void a_day_covers_one_district_and_stops_before_its_expected_turnout_exceeds_the_capacity() {
        List<VillageFacts> villages = List.of(
                plain("A", "D1", 40),
                plain("B", "D1", 40),
                plain("C", "D1", 40),
                plain("E", "D1", 15),
                plain("Z", "D2", 39));

        ProposedVisit first = planner.propose(weeks(1, 100, Set.of()), villages, Set.of(), List.of())
                .get(0);

        // A and B (80), C would make 120: skipped; E (15) still fits: 95. Z is in another district.
        assertThat(first.districtCode()).isEqualTo("D1");
        assertThat(first.stops()).extracting(ProposedVisit.Stop::villageCode).containsExactly("A", "B", "E");
        assertThat(first.expectedTurnout()).isEqualTo(95).isLessThanOrEqualTo(first.capacity());
    }

    @Test
    void capacity_is_adjustable() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 40), plain("B", "D1", 40), plain("C", "D1", 40));

        ProposedVisit first = planner.propose(weeks(1, 120, Set.of()), villages, Set.of(), List.of())
                .get(0);

        assertThat(first.stops()).hasSize(3);
        assertThat(first.expectedTurnout()).isEqualTo(120);
    }

    @Test
    void a_village_expected_to_fill_the_day_alone_gets_the_day_to_itself_capped_at_the_capacity() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 150), plain("B", "D1", 5));

        ProposedVisit first = planner.propose(weeks(1, 100, Set.of()), villages, Set.of(), List.of())
                .get(0);

        assertThat(first.stops()).extracting(ProposedVisit.Stop::villageCode).containsExactly("A");
        assertThat(first.expectedTurnout()).isEqualTo(100);
    }

    @Test
    void a_day_covers_at_most_the_maximum_number_of_villages() {
        List<VillageFacts> villages =
                IntStream.range(0, 8).mapToObj(i -> plain("V" + i, "D1", 5)).toList();
        PlanRequest request =
                new PlanRequest(MONDAY, 1, PlanRequest.DEFAULT_WEEKDAYS, 100, 3, Set.of(), Weights.OFFICE_OPEN);

        assertThat(planner.propose(request, villages, Set.of(), List.of())
                        .get(0)
                        .stops())
                .hasSize(3);
    }

    @Test
    void excluded_villages_are_never_planned() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 90), plain("B", "D1", 10), plain("C", "D2", 20));

        List<ProposedVisit> plan = planner.propose(weeks(2, 100, Set.of("A")), villages, Set.of(), List.of());

        assertThat(plan)
                .flatExtracting(ProposedVisit::stops)
                .extracting(ProposedVisit.Stop::villageCode)
                .doesNotContain("A")
                .contains("B", "C");
    }

    @Test
    void nothing_is_proposed_when_every_village_is_excluded() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 90));
        assertThat(planner.propose(weeks(2, 100, Set.of("A")), villages, Set.of(), List.of()))
                .isEmpty();
    }

    @Test
    void public_holidays_are_skipped() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 10), plain("B", "D2", 10));

        List<ProposedVisit> plan = planner.propose(weeks(1, 100, Set.of()), villages, Set.of(THURSDAY), List.of());

        assertThat(plan).extracting(ProposedVisit::date).containsExactly(TUESDAY);
    }

    @Test
    void other_weekdays_can_be_chosen() {
        PlanRequest request = new PlanRequest(
                MONDAY,
                1,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                100,
                4,
                Set.of(),
                Weights.OFFICE_OPEN);
        List<VillageFacts> villages =
                IntStream.range(0, 6).mapToObj(i -> plain("V" + i, "D" + i, 60)).toList();

        assertThat(planner.propose(request, villages, Set.of(), List.of()))
                .extracting(ProposedVisit::date)
                .containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4));
    }

    @Test
    void planned_villages_get_their_recency_and_demand_updated_so_the_plan_spreads() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 60), plain("B", "D1", 50), plain("C", "D2", 55));

        List<ProposedVisit> plan = planner.propose(weeks(2, 100, Set.of()), villages, Set.of(), List.of());

        // Day 1: A (60) leads; B (50) would exceed 100 with A. Day 2: C (55) now leads B (50). Day 3: B.
        assertThat(plan).extracting(ProposedVisit::districtCode).startsWith("D1", "D2", "D1");
        assertThat(plan.subList(0, 3))
                .extracting(v -> v.stops().get(0).villageCode())
                .containsExactly("A", "C", "B");
    }

    @Test
    void equal_priorities_go_to_the_lower_village_code_every_time() {
        List<VillageFacts> villages = List.of(plain("B", "D2", 70), plain("A", "D1", 70));

        for (int i = 0; i < 3; i++) {
            assertThat(planner.propose(weeks(1, 100, Set.of()), villages, Set.of(), List.of()))
                    .extracting(v -> v.stops().get(0).villageCode())
                    .containsExactly("A", "B");
        }
    }

    @Test
    void days_already_booked_are_skipped_and_their_villages_count_as_visited() {
        List<VillageFacts> villages = List.of(plain("A", "D1", 90), plain("B", "D2", 20));
        List<SchedulePlanner.BookedVisit> booked = List.of(new SchedulePlanner.BookedVisit(TUESDAY, List.of("A")));

        List<ProposedVisit> plan = planner.propose(weeks(1, 100, Set.of()), villages, Set.of(), booked);

        assertThat(plan).extracting(ProposedVisit::date).containsExactly(THURSDAY);
        assertThat(plan.get(0).stops().get(0).villageCode()).isEqualTo("B");
    }

    @Test
    void expected_turnout_adds_the_usual_turnout_per_1000_residents_to_the_waiting_cases() {
        SchedulePlanner withHistory =
                new SchedulePlanner(new PriorityModel(REGENCY, Weights.OFFICE_OPEN, Thresholds.DEFAULT, 100), 12.5);
        assertThat(withHistory.expectedTurnout(plain("A", "D1", 7))).isEqualTo(7 + 13);
    }

    @Test
    void an_impossible_request_is_rejected_with_a_reason() {
        assertThatThrownBy(() ->
                        new PlanRequest(MONDAY, 0, PlanRequest.DEFAULT_WEEKDAYS, 100, 4, Set.of(), Weights.OFFICE_OPEN))
                .isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.weeks");
        assertThatThrownBy(() -> new PlanRequest(MONDAY, 4, Set.of(), 100, 4, Set.of(), Weights.OFFICE_OPEN))
                .hasMessage("outreach.error.weekdays");
        assertThatThrownBy(() ->
                        new PlanRequest(MONDAY, 4, PlanRequest.DEFAULT_WEEKDAYS, 0, 4, Set.of(), Weights.OFFICE_OPEN))
                .hasMessage("outreach.error.capacity");
    }
}
