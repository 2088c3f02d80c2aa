package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.support.Regions.BUMI_HARAPAN_VILLAGE;
import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SOTEK_VILLAGE;
import static id.ppu.dukcapil.support.Regions.TENGIN_BARU_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class EffectServiceIT {

    /** "Today" in these tests: the clock is pinned to it, so they do not depend on the day the suite runs. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** A Tuesday long enough ago for its 90 days after to have passed. */
    private static final LocalDate VISIT = LocalDate.of(2023, 3, 7);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EffectService effects;

    @Autowired
    OutreachPlanner planner;

    @Autowired
    MutableClock clock;

    TestCases cases;
    OutreachFixture visits;

    @BeforeEach
    void setUp() {
        clock.pinToday(TODAY);
        cases = new TestCases(jdbc, "OEFF");
        visits = new OutreachFixture(jdbc);
    }

    @AfterEach
    void tearDown() {
        cases.deleteAll();
        visits.deleteAll();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(Wita.ZONE).toInstant();
    }

    /** {@code total} cases in a village on consecutive days from {@code first} (going {@code step}), {@code online} of them by WEB. */
    private void insert(String village, LocalDate first, int step, int total, int online) {
        for (int i = 0; i < total; i++) {
            cases.insert(
                    i < online ? "WEB" : "OFFICE",
                    "KK",
                    "SUBMITTED",
                    TestCases.anyNik(),
                    "Warga",
                    village,
                    at(first.plusDays((long) i * step)));
        }
    }

    @Test
    void nothing_done_yet_is_too_few_to_tell() {
        EffectReport report = effects.effect();
        assertThat(report.doneVisits()).isZero();
        assertThat(report.visits()).isEmpty();
        assertThat(report.summary().verdict()).isEqualTo(EffectReport.Verdict.TOO_FEW);
    }

    @Test
    void a_visit_compares_its_villages_90_days_before_and_after_with_villages_not_visited_then() {
        long first = visits.doneVisit(VISIT, SEPAKU_DISTRICT, BUMI_HARAPAN_VILLAGE, 30);
        visits.doneVisit(VISIT.plusDays(30), SEPAKU_DISTRICT, TENGIN_BARU_VILLAGE, 20);
        visits.doneVisit(planner.today().minusDays(10), PENAJAM_DISTRICT, SOTEK_VILLAGE, 20);
        insert(BUMI_HARAPAN_VILLAGE, VISIT.minusDays(1), -1, 20, 4);
        insert(BUMI_HARAPAN_VILLAGE, VISIT.plusDays(1), 1, 20, 10);
        // The visit day itself and days outside the windows do not count.
        insert(BUMI_HARAPAN_VILLAGE, VISIT, 0, 5, 0);
        insert(BUMI_HARAPAN_VILLAGE, VISIT.minusDays(91), -1, 3, 3);
        insert(BUMI_HARAPAN_VILLAGE, VISIT.plusDays(91), 1, 3, 3);
        // Cases the team registers on a later visit are not the residents' own choice of channel.
        cases.insert(
                "OUTREACH",
                "KTP",
                "COMPLETED",
                TestCases.anyNik(),
                "Warga",
                BUMI_HARAPAN_VILLAGE,
                at(VISIT.plusDays(30)));
        // Comparison: Sotek, not visited within 90 days either side. Tengin Baru was visited within the window.
        insert(SOTEK_VILLAGE, VISIT.minusDays(90), 2, 40, 20);
        insert(SOTEK_VILLAGE, VISIT.plusDays(10), 2, 40, 24);
        insert(TENGIN_BARU_VILLAGE, VISIT.plusDays(40), 1, 10, 10);

        EffectReport report = effects.effect();

        assertThat(report.doneVisits()).isEqualTo(3);
        assertThat(report.pendingVisits()).isEqualTo(1);
        assertThat(report.visits()).hasSize(2);
        VisitEffect v = report.visits().get(0);
        assertThat(v.visitId()).isEqualTo(first);
        assertThat(v.villageNames()).containsExactly("Bumi Harapan");
        assertThat(v.visitedBefore()).isEqualTo(new VisitEffect.Counts(4, 20));
        assertThat(v.visitedAfter()).isEqualTo(new VisitEffect.Counts(10, 20));
        assertThat(v.comparisonBefore()).isEqualTo(new VisitEffect.Counts(20, 40));
        assertThat(v.comparisonAfter()).isEqualTo(new VisitEffect.Counts(24, 40));
        assertThat(v.enoughData()).isTrue();
        // +30 points in the visited village against +10 in the comparison.
        assertThat(v.difference()).isEqualTo(20.0);
        assertThat(report.visits().get(1).enoughData()).isFalse();
        assertThat(report.summary().verdict()).isEqualTo(EffectReport.Verdict.TOO_FEW);
        assertThat(report.summary().visits()).isEqualTo(1);
        assertThat(report.summary().tooFewCases()).isEqualTo(1);
    }
}
