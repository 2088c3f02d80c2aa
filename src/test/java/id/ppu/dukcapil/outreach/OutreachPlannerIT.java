package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.support.Regions.GERSIK_VILLAGE;
import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SOTEK_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.calendar.Holiday;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class OutreachPlannerIT {

    /** The date the factors are computed at in these tests, and "today" on the pinned clock. */
    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutreachPlanner planner;

    @Autowired
    MutableClock clock;

    TestCases cases;
    OutreachFixture visits;

    @BeforeEach
    void setUp() {
        clock.pinToday(DAY);
        cases = new TestCases(jdbc, "OPLAN");
        visits = new OutreachFixture(jdbc);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        cases.deleteAll();
        visits.deleteAll();
    }

    private static java.time.Instant daysBefore(int days) {
        return ZonedDateTime.of(DAY.minusDays(days).atTime(10, 0), Wita.ZONE).toInstant();
    }

    private void insertSotekHistory() {
        // In the 12 months up to DAY: 4 online (2 completed, 2 waiting), 6 at the office (3 completed, 1 waiting, 2 in
        // process).
        for (int i = 0; i < 2; i++) {
            cases.insert("WEB", "KK", "COMPLETED", TestCases.anyNik(), "Satu", SOTEK_VILLAGE, daysBefore(10 + i));
            cases.insert(
                    "APP", "KTP", "WAITING_IN_PERSON", TestCases.anyNik(), "Dua", SOTEK_VILLAGE, daysBefore(20 + i));
            cases.insert("OFFICE", "KIA", "IN_PROCESS", TestCases.anyNik(), "Tiga", SOTEK_VILLAGE, daysBefore(30 + i));
        }
        for (int i = 0; i < 3; i++) {
            cases.insert("OFFICE", "KK", "COMPLETED", TestCases.anyNik(), "Empat", SOTEK_VILLAGE, daysBefore(100 + i));
        }
        cases.insert("OFFICE", "KTP", "WAITING_IN_PERSON", TestCases.anyNik(), "Lima", SOTEK_VILLAGE, daysBefore(0));
        // Outside the window: 13 months before, and two days after DAY (not yet submitted then).
        cases.insert("OFFICE", "KK", "COMPLETED", TestCases.anyNik(), "Lama", SOTEK_VILLAGE, daysBefore(396));
        cases.insert("WEB", "KTP", "WAITING_IN_PERSON", TestCases.anyNik(), "Baru", SOTEK_VILLAGE, daysBefore(-2));
    }

    @Test
    void factor_raw_values_come_from_the_village_cases_of_the_last_12_months_and_its_visits() {
        insertSotekHistory();
        visits.doneVisit(DAY.minusDays(40), PENAJAM_DISTRICT, SOTEK_VILLAGE, 30);
        visits.doneVisit(DAY.minusDays(200), PENAJAM_DISTRICT, SOTEK_VILLAGE, 30);
        visits.visit(DAY.plusDays(9), "PLANNED", PENAJAM_DISTRICT, Map.of(SOTEK_VILLAGE, 20), Map.of(), null);

        PriorityReport report = planner.priorities(DAY, Weights.OFFICE_OPEN, Thresholds.DEFAULT, Set.of());
        VillagePriority sotek = report.villages().stream()
                .filter(p -> p.village().code().equals(SOTEK_VILLAGE))
                .findFirst()
                .orElseThrow();

        VillageFacts f = sotek.village();
        assertThat(f.cases12m()).isEqualTo(10);
        assertThat(f.online12m()).isEqualTo(4);
        assertThat(f.completed12m()).isEqualTo(5);
        assertThat(f.waitingInPerson()).isEqualTo(3);
        assertThat(f.lastVisit()).isEqualTo(DAY.minusDays(40));
        assertThat(f.nextPlannedVisit()).isEqualTo(DAY.plusDays(9));
        assertThat(f.hardToReach()).isTrue();
        assertThat(sotek.factor(Factor.DEMAND).raw()).isEqualTo(3.0);
        assertThat(sotek.factor(Factor.ADOPTION_GAP).raw()).isCloseTo(40.0, within(1e-9));
        assertThat(sotek.factor(Factor.UNDER_SERVICE).raw()).isCloseTo(10 * 1000.0 / 4580, within(1e-9));
        assertThat(sotek.factor(Factor.ACCESS).raw()).isEqualTo(31.0);
        assertThat(sotek.factor(Factor.RECENCY).raw()).isEqualTo(40.0);
        assertThat(sotek.utilisation()).isCloseTo(0.5, within(1e-9));
        assertThat(report.regency().cases12m()).isGreaterThanOrEqualTo(10);
        assertThat(report.regency().maxDistanceKm()).isEqualTo(72.0);
        assertThat(report.regency().population()).isEqualTo(203_661);
    }

    @Test
    void a_village_never_visited_has_no_recency_raw_value_and_counts_longest() {
        PriorityReport report = planner.priorities(DAY, Weights.OFFICE_OPEN, Thresholds.DEFAULT, Set.of());
        VillagePriority gersik = report.villages().stream()
                .filter(p -> p.village().code().equals(GERSIK_VILLAGE))
                .findFirst()
                .orElseThrow();
        assertThat(gersik.village().lastVisit()).isNull();
        assertThat(gersik.factor(Factor.RECENCY).raw()).isNull();
        assertThat(gersik.factor(Factor.RECENCY).scaled()).isEqualTo(1.0);
    }

    @Test
    void every_village_is_ranked_and_excluded_ones_come_last() {
        PriorityReport report =
                planner.priorities(DAY, Weights.OFFICE_OPEN, Thresholds.DEFAULT, Set.of(GERSIK_VILLAGE));
        assertThat(report.villages()).hasSize(54);
        assertThat(report.villages().get(53).village().code()).isEqualTo(GERSIK_VILLAGE);
        assertThat(report.villages().get(53).rank()).isZero();
        assertThat(report.districts()).hasSize(4);
    }

    @Test
    void past_turnout_per_1000_residents_is_used_once_three_visits_are_done() {
        assertThat(planner.turnoutPer1000(DAY)).isEqualTo(OutreachPlanner.DEFAULT_TURNOUT_PER_1000);
        visits.doneVisit(DAY.minusDays(5), PENAJAM_DISTRICT, SOTEK_VILLAGE, 40);
        visits.doneVisit(DAY.minusDays(12), PENAJAM_DISTRICT, GERSIK_VILLAGE, 50);
        assertThat(planner.turnoutPer1000(DAY)).isEqualTo(OutreachPlanner.DEFAULT_TURNOUT_PER_1000);
        visits.doneVisit(DAY.minusDays(19), PENAJAM_DISTRICT, SOTEK_VILLAGE, 48);
        // 138 served over three visits to villages of 4,580 residents each.
        assertThat(planner.turnoutPer1000(DAY)).isCloseTo(138 * 1000.0 / (3 * 4580), within(1e-9));
    }

    @Test
    void saved_weights_replace_the_defaults_until_reset() {
        signIn("perencana", Role.PERENCANA);
        assertThat(planner.settings().saved()).isFalse();
        assertThat(planner.settings().weights()).isEqualTo(Weights.OFFICE_OPEN);

        planner.saveSettings(new Weights(10, 20, 30, 40, 50), new Thresholds(70, 85));

        PlannerSettings saved = planner.settings();
        assertThat(saved.saved()).isTrue();
        assertThat(saved.weights()).isEqualTo(new Weights(10, 20, 30, 40, 50));
        assertThat(saved.thresholds()).isEqualTo(new Thresholds(70, 85));
        assertThat(saved.updatedBy()).isEqualTo("perencana");
        assertThat(planner.priorities(DAY).weights()).isEqualTo(new Weights(10, 20, 30, 40, 50));

        planner.resetSettings();
        assertThat(planner.settings().weights()).isEqualTo(Weights.OFFICE_OPEN);
    }

    @Test
    void only_planners_change_the_saved_weights_and_holidays() {
        signIn("kepala", Role.KEPALA);
        assertThatThrownBy(() -> planner.saveSettings(Weights.OFFICE_OPEN, Thresholds.DEFAULT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planner.addHoliday(DAY, "Libur")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_proposal_skips_holidays_and_booked_days() {
        signIn("perencana", Role.PERENCANA);
        LocalDate today = planner.today();
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        planner.addHoliday(monday.plusDays(1), "Hari libur uji");
        visits.visit(monday.plusDays(3), "PLANNED", PENAJAM_DISTRICT, Map.of(SOTEK_VILLAGE, 20), Map.of(), null);

        List<ProposedVisit> plan = planner.proposeSchedule(
                new PlanRequest(monday, 2, PlanRequest.DEFAULT_WEEKDAYS, 100, 4, Set.of(), Weights.OFFICE_OPEN));

        assertThat(plan).extracting(ProposedVisit::date).containsExactly(monday.plusDays(8), monday.plusDays(10));
        assertThat(plan).allSatisfy(v -> assertThat(v.expectedTurnout()).isLessThanOrEqualTo(100));
        assertThat(planner.upcomingHolidays()).extracting(Holiday::name).containsExactly("Hari libur uji");
    }

    @Test
    void a_proposal_cannot_start_in_the_past() {
        assertThatThrownBy(() -> planner.proposeSchedule(
                        PlanRequest.defaults(planner.today().minusDays(1), Weights.OFFICE_OPEN)))
                .isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.startInPast");
    }
}
