package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.outreach.OutreachFixture;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.Regions;
import id.ppu.dukcapil.support.SignedIn;
import id.ppu.dukcapil.support.TestCases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WAITING_IN_PERSON notification names the next planned outreach visit to the resident's
 * district in the coming weeks (its date and place, besides the office hours), preferring a visit
 * to the resident's own village; without one it gives the office hours only. Visits in the past,
 * today, done, cancelled, in another district or beyond the horizon are not offered. Today is
 * Monday 8 March 2027 (WITA).
 */
@SpringBootTest
@SignedIn(user = "petugas", roles = Role.PETUGAS)
class WaitingInPersonNotificationIT {

    private static final String RESIDENT = "081291000077";
    private static final String RESIDENT_WA_ID = "6281291000077";
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 8);
    private static final String OFFICE_HOURS = "Senin-Jumat 08.00-15.00 WITA";

    @Autowired
    CaseService caseService;

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private TestCases fixtures;
    private OutreachFixture outreach;

    @BeforeEach
    void start() {
        clock.pinToday(TODAY);
        fixtures = new TestCases(jdbc, "PPU-2093");
        outreach = new OutreachFixture(jdbc);
        outreach.deleteAll();
        jdbc.sql("delete from outbound_message").update();
        // The resident wrote an hour ago: the notification goes out as free text.
        jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, message_type, body, received_at)
                values ('WHATSAPP', 'wamid.VISITTEST1', :s, 'text', 'Halo', :at)""")
                .param("s", RESIDENT_WA_ID)
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .update();
    }

    @AfterEach
    void stop() {
        jdbc.sql("delete from outbound_message").update();
        jdbc.sql("delete from inbound_message where message_id like 'wamid.VISITTEST%'")
                .update();
        outreach.deleteAll();
        fixtures.deleteAll();
    }

    /** A verified KTP-el case of a resident of {@code villageCode} with a mobile number; its id. */
    private long caseIn(String villageCode) {
        String number = fixtures.insert(
                "WEB",
                "KTP",
                "VERIFIED",
                TestCases.anyNik(),
                "Siti Kunjungan",
                villageCode,
                clock.instant().minus(Duration.ofDays(3)));
        return jdbc.sql("update service_case set phone = :p where case_number = :n returning id")
                .param("p", RESIDENT)
                .param("n", number)
                .query(Long.class)
                .single();
    }

    /** Moves the case to WAITING_IN_PERSON; the text of the message queued for the resident. */
    private String waitInPerson(long caseId) {
        long version = jdbc.sql("select version from service_case where id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
        caseService.changeStatus(caseId, version, CaseStatus.WAITING_IN_PERSON, null);
        OutboxStore.Stored m = store.ofCase(caseId).stream().findFirst().orElseThrow();
        assertThat(m.kind()).isEqualTo(OutboundKind.CASE_WAITING_IN_PERSON);
        return ((OutboundContent.Text) m.content()).body();
    }

    private List<String> history(long caseId) {
        return jdbc.sql("select detail from case_event where case_id = :id and type = 'NOTIFIED' order by id")
                .param("id", caseId)
                .query(String.class)
                .list();
    }

    private void planned(LocalDate date, String district, String... villages) {
        visit(date, "PLANNED", district, villages);
    }

    private void visit(LocalDate date, String status, String district, String... villages) {
        Map<String, Integer> covered = new LinkedHashMap<>();
        for (String v : villages) {
            covered.put(v, 20);
        }
        outreach.visit(date, status, district, covered, Map.of(), status.equals("DONE") ? 0 : null);
    }

    @Test
    void a_planned_visit_to_the_residents_village_in_the_coming_weeks_is_named_with_its_date_and_place() {
        planned(TODAY.plusDays(3), Regions.PENAJAM_DISTRICT, Regions.NIPAH_NIPAH_VILLAGE, Regions.PETUNG_VILLAGE);
        long id = caseIn(Regions.NIPAH_NIPAH_VILLAGE);

        String text = waitInPerson(id);

        assertThat(text)
                .contains("Kamis, 11 Maret 2027")
                .contains("Kelurahan Nipah-Nipah, Kecamatan Penajam")
                .contains(OFFICE_HOURS)
                .contains("2. Kartu Keluarga (KK).")
                .contains("BERHENTI");
        assertThat(history(id)).singleElement().asString().endsWith(", names the outreach visit of 2027-03-11");
    }

    @Test
    void a_visit_to_another_village_of_the_district_is_named_when_none_covers_the_residents_own() {
        planned(TODAY.plusDays(9), Regions.PENAJAM_DISTRICT, Regions.PETUNG_VILLAGE, Regions.TANJUNG_TENGAH_VILLAGE);
        long id = caseIn(Regions.NIPAH_NIPAH_VILLAGE);

        String text = waitInPerson(id);

        assertThat(text)
                .contains("Rabu, 17 Maret 2027")
                .contains("Kecamatan Penajam")
                .contains("Petung")
                .contains("Tanjung Tengah")
                .doesNotContain("Nipah-Nipah");
    }

    @Test
    void a_later_visit_to_the_residents_own_village_wins_over_an_earlier_one_elsewhere_in_the_district() {
        planned(TODAY.plusDays(1), Regions.PENAJAM_DISTRICT, Regions.PETUNG_VILLAGE);
        planned(TODAY.plusDays(15), Regions.PENAJAM_DISTRICT, Regions.NIPAH_NIPAH_VILLAGE);
        long id = caseIn(Regions.NIPAH_NIPAH_VILLAGE);

        String text = waitInPerson(id);

        assertThat(text)
                .contains("Selasa, 23 Maret 2027")
                .contains("Kelurahan Nipah-Nipah")
                .doesNotContain("Petung")
                .doesNotContain("9 Maret");
    }

    @Test
    void without_a_planned_visit_to_the_district_the_text_gives_the_office_hours_only() {
        planned(TODAY.plusDays(3), Regions.WARU_DISTRICT, Regions.WARU_VILLAGE);
        long id = caseIn(Regions.NIPAH_NIPAH_VILLAGE);

        String text = waitInPerson(id);

        assertThat(text)
                .contains(OFFICE_HOURS)
                .doesNotContain("Layanan jemput bola Disdukcapil akan hadir")
                .doesNotContain("Maret 2027");
        assertThat(history(id)).singleElement().asString().doesNotContain("outreach visit");
    }

    @Test
    void visits_in_the_past_today_done_cancelled_or_beyond_the_coming_weeks_are_not_offered() {
        visit(TODAY.minusDays(2), "PLANNED", Regions.PENAJAM_DISTRICT, Regions.NIPAH_NIPAH_VILLAGE);
        visit(TODAY.minusDays(1), "DONE", Regions.PENAJAM_DISTRICT, Regions.NIPAH_NIPAH_VILLAGE);
        visit(TODAY, "PLANNED", Regions.PENAJAM_DISTRICT, Regions.NIPAH_NIPAH_VILLAGE);
        visit(TODAY.plusDays(2), "CANCELLED", Regions.PENAJAM_DISTRICT, Regions.NIPAH_NIPAH_VILLAGE);
        visit(TODAY.plusDays(29), "PLANNED", Regions.PENAJAM_DISTRICT, Regions.NIPAH_NIPAH_VILLAGE);
        long id = caseIn(Regions.NIPAH_NIPAH_VILLAGE);

        String text = waitInPerson(id);

        assertThat(text)
                .contains(OFFICE_HOURS)
                .doesNotContain("Layanan jemput bola Disdukcapil akan hadir")
                .doesNotContain("Maret 2027");
        assertThat(text).doesNotContain("April 2027");
    }
}
