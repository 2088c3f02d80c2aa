package id.ppu.dukcapil.outreach;

import static id.ppu.dukcapil.support.Regions.BUMI_HARAPAN_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SOTEK_VILLAGE;
import static id.ppu.dukcapil.support.Regions.TENGIN_BARU_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class VisitServiceIT {

    /** "Today" in these tests: the clock is pinned to it, so they do not depend on the day the suite runs. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitService service;

    @Autowired
    OutreachPlanner planner;

    @Autowired
    MutableClock clock;

    OutreachFixture fixture;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new OutreachFixture(jdbc);
        clock.pinToday(TODAY);
        today = planner.today();
        signIn("perencana", Role.PERENCANA);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        fixture.deleteAll();
    }

    private ProposedVisit proposed(LocalDate date, String... villages) {
        return new ProposedVisit(
                date,
                SEPAKU_DISTRICT,
                "Sepaku",
                java.util.Arrays.stream(villages)
                        .map(v -> new ProposedVisit.Stop(v, v, 50, 3, 30))
                        .toList(),
                30 * villages.length,
                100);
    }

    @Test
    void accepting_a_proposal_stores_planned_visits_and_accepting_it_again_changes_nothing() {
        List<ProposedVisit> proposal = List.of(
                proposed(today.plusDays(3), BUMI_HARAPAN_VILLAGE, TENGIN_BARU_VILLAGE),
                proposed(today.plusDays(5), TENGIN_BARU_VILLAGE));

        List<Long> ids = service.acceptProposal(proposal);
        List<Long> again = service.acceptProposal(proposal);

        assertThat(ids).hasSize(2);
        assertThat(again).isEmpty();
        List<VisitRow> rows = service.visits(today, today.plusDays(10), SEPAKU_DISTRICT);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(rows.get(0).expectedTurnout()).isEqualTo(60);
        assertThat(rows.get(0).villageNames()).containsExactlyInAnyOrder("Bumi Harapan", "Tengin Baru");
    }

    @Test
    void a_proposal_colliding_with_a_different_visit_is_rejected_whole() {
        service.acceptProposal(List.of(proposed(today.plusDays(5), TENGIN_BARU_VILLAGE)));

        assertThatThrownBy(() -> service.acceptProposal(List.of(
                        proposed(today.plusDays(3), BUMI_HARAPAN_VILLAGE),
                        proposed(today.plusDays(5), BUMI_HARAPAN_VILLAGE))))
                .isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.dayTaken");

        assertThat(service.visits(today, today.plusDays(10), null)).hasSize(1);
    }

    @Test
    void a_visit_covers_villages_of_its_own_district_only() {
        assertThatThrownBy(() -> service.planVisit(
                        today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE, SOTEK_VILLAGE), 100, null))
                .isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.villageNotInDistrict");
        assertThatThrownBy(() -> service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(), 100, null))
                .hasMessage("outreach.error.noVillages");
    }

    @Test
    void a_hand_planned_visit_expects_the_waiting_cases_plus_the_usual_turnout_per_1000_residents() {
        TestCases waiting = new TestCases(jdbc, "OVISIT");
        try {
            for (int i = 0; i < 3; i++) {
                waiting.insert(
                        "WEB",
                        "KTP",
                        "WAITING_IN_PERSON",
                        TestCases.anyNik(),
                        "Warga",
                        BUMI_HARAPAN_VILLAGE,
                        clock.instant().minusSeconds(86_400));
            }
            long id = service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, null);

            // 2,468 residents at the default 10 per 1,000 (no done visits yet) is 25, plus 3 waiting.
            assertThat(service.details(id).villages())
                    .containsExactly(new VisitDetails.Village(BUMI_HARAPAN_VILLAGE, "Bumi Harapan", 28));
        } finally {
            waiting.deleteAll();
        }
    }

    @Test
    void a_visit_cannot_be_planned_in_the_past() {
        assertThatThrownBy(() -> service.planVisit(
                        today.minusDays(1), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, null))
                .hasMessage("outreach.error.dateInPast");
    }

    @Test
    void a_planned_visit_moves_to_a_free_day_but_not_onto_a_holiday_or_another_visit() {
        long id = service.planVisit(
                today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, "bawa genset");
        service.planVisit(today.plusDays(4), SEPAKU_DISTRICT, List.of(TENGIN_BARU_VILLAGE), 100, null);
        planner.addHoliday(today.plusDays(6), "Maulid Nabi");
        long version = service.details(id).version();

        assertThatThrownBy(() -> service.moveVisit(id, version, today.plusDays(4)))
                .hasMessage("outreach.error.dayTaken");
        OutreachException holiday = org.junit.jupiter.api.Assertions.assertThrows(
                OutreachException.class, () -> service.moveVisit(id, version, today.plusDays(6)));
        assertThat(holiday.args()).contains("Maulid Nabi");

        service.moveVisit(id, version, today.plusDays(8));

        VisitDetails moved = service.details(id);
        assertThat(moved.date()).isEqualTo(today.plusDays(8));
        assertThat(moved.updatedBy()).isEqualTo("perencana");
        assertThat(moved.version()).isGreaterThan(version);
    }

    @Test
    void editing_with_a_stale_version_is_refused_as_a_conflict() {
        long id = service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, null);
        long version = service.details(id).version();
        service.editVisit(id, version, List.of(BUMI_HARAPAN_VILLAGE, TENGIN_BARU_VILLAGE), 80, "dua desa");

        assertThatThrownBy(() -> service.editVisit(id, version, List.of(TENGIN_BARU_VILLAGE), 80, null))
                .hasMessage("outreach.error.conflict");

        VisitDetails edited = service.details(id);
        assertThat(edited.villages())
                .extracting(VisitDetails.Village::code)
                .containsExactlyInAnyOrder(BUMI_HARAPAN_VILLAGE, TENGIN_BARU_VILLAGE);
        assertThat(edited.capacity()).isEqualTo(80);
        assertThat(edited.note()).isEqualTo("dua desa");
    }

    @Test
    void a_visit_is_recorded_done_with_served_counts_and_residents_taught() {
        long id = fixture.visit(
                today.minusDays(1), "PLANNED", SEPAKU_DISTRICT, Map.of(BUMI_HARAPAN_VILLAGE, 40), Map.of(), null);

        service.recordDone(
                id, service.details(id).version(), Map.of(ServiceType.KTP, 25, ServiceType.KIA, 12), 30, "lancar");

        VisitDetails done = service.details(id);
        assertThat(done.status()).isEqualTo(VisitStatus.DONE);
        assertThat(done.served())
                .containsEntry(ServiceType.KTP, 25)
                .containsEntry(ServiceType.KIA, 12)
                .hasSize(2);
        assertThat(done.taughtOnline()).isEqualTo(30);
        assertThat(service.visits(today.minusDays(1), today.minusDays(1), null)
                        .get(0)
                        .served())
                .isEqualTo(37);

        // Recording again corrects the counts instead of adding to them.
        service.recordDone(id, done.version(), Map.of(ServiceType.KTP, 20), 10, null);
        assertThat(service.details(id).served()).containsOnly(Map.entry(ServiceType.KTP, 20));
        assertThat(service.details(id).note()).isEqualTo("lancar");
    }

    @Test
    void counts_out_of_range_are_rejected_and_nothing_is_recorded() {
        long id = fixture.visit(today, "PLANNED", SEPAKU_DISTRICT, Map.of(BUMI_HARAPAN_VILLAGE, 40), Map.of(), null);
        long version = service.details(id).version();

        assertThatThrownBy(() -> service.recordDone(id, version, Map.of(ServiceType.KTP, -1), 3, null))
                .hasMessage("outreach.error.served");
        assertThatThrownBy(() -> service.recordDone(id, version, Map.of(ServiceType.KTP, 5), 20_000, null))
                .hasMessage("outreach.error.taught");
        assertThat(service.details(id).status()).isEqualTo(VisitStatus.PLANNED);
    }

    @Test
    void a_visit_cannot_be_recorded_done_before_its_day() {
        long id = service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, null);
        assertThatThrownBy(() -> service.recordDone(id, service.details(id).version(), Map.of(), 0, null))
                .hasMessage("outreach.error.doneInFuture");
    }

    @Test
    void cancelling_needs_a_reason_and_frees_the_day() {
        long id = service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, null);
        long version = service.details(id).version();
        assertThatThrownBy(() -> service.cancelVisit(id, version, " ")).hasMessage("outreach.error.reasonRequired");

        service.cancelVisit(id, version, "Jalan longsor");

        assertThat(service.details(id).status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(service.details(id).note()).isEqualTo("Jalan longsor");
        assertThat(service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(TENGIN_BARU_VILLAGE), 100, null))
                .isPositive();
    }

    @Test
    void only_planners_change_visits() {
        signIn("kepala", Role.KEPALA);
        assertThatThrownBy(() ->
                        service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.acceptProposal(List.of(proposed(today.plusDays(3), BUMI_HARAPAN_VILLAGE))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_case_registered_during_a_visit_carries_channel_outreach_and_the_visit_id() {
        long id = fixture.visit(today, "PLANNED", SEPAKU_DISTRICT, Map.of(BUMI_HARAPAN_VILLAGE, 40), Map.of(), null);
        signIn("petugas", Role.PETUGAS);
        ApplicantData data = new ApplicantData();
        data.setServiceType(ServiceType.KTP);
        data.setNik("6409044101900003");
        data.setApplicantName("Warga Bumi Harapan");
        data.setVillageCode(BUMI_HARAPAN_VILLAGE);

        String number = service.registerCaseDuringVisit(id, data).caseNumber();

        Map<String, Object> row = jdbc.sql("select channel, outreach_visit_id from service_case where case_number = :n")
                .param("n", number)
                .query()
                .singleRow();
        assertThat(row).containsEntry("channel", "OUTREACH").containsEntry("outreach_visit_id", id);
        assertThat(service.details(id).linkedCases()).containsOnly(Map.entry(ServiceType.KTP, 1));
    }

    @Test
    void no_case_is_registered_on_a_cancelled_or_future_visit() {
        long future = service.planVisit(today.plusDays(2), SEPAKU_DISTRICT, List.of(BUMI_HARAPAN_VILLAGE), 100, null);
        long cancelled = fixture.visit(
                today.minusDays(3), "CANCELLED", SEPAKU_DISTRICT, Map.of(BUMI_HARAPAN_VILLAGE, 40), Map.of(), null);
        signIn("petugas", Role.PETUGAS);
        ApplicantData data = new ApplicantData();
        assertThatThrownBy(() -> service.registerCaseDuringVisit(future, data))
                .hasMessage("outreach.error.caseBeforeVisit");
        assertThatThrownBy(() -> service.registerCaseDuringVisit(cancelled, data))
                .hasMessage("outreach.error.cancelledNoCases");
    }
}
