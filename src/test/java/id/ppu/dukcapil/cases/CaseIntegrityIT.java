package id.ppu.dukcapil.cases;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.SignedIn;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One open case per NIK and service, on every path that changes a case's NIK or service, and the
 * server's length checks of what clerks type, on the real database.
 */
@SpringBootTest
@SignedIn(user = "petugas", roles = Role.PETUGAS)
class CaseIntegrityIT {

    /** NIKs of this class only (district 64.09.03, serials 74xx), so cleanup finds exactly its rows. */
    private static final String SITI = "6409034501907401";

    private static final String BUDI = "6409031203857402";

    @Autowired
    CaseRegistry registry;

    @Autowired
    CaseService caseService;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeCases() {
        TestCases.deleteWhere(jdbc, "nik like '640903%74__' or external_id like 'INTTEST-%'");
    }

    @Test
    void a_clerk_who_gives_a_case_the_nik_of_another_open_case_of_the_service_is_refused_with_its_number() {
        Registration a = register("INTTEST-1", ServiceType.KTP, SITI, "Siti Aminah");
        Registration b = register("INTTEST-2", ServiceType.KTP, BUDI, "Budi Santoso");
        Map<String, Object> before = row(a.caseId());

        assertThatThrownBy(() -> caseService.updateApplicant(
                        a.caseId(), version(a.caseId()), applicant(ServiceType.KTP, BUDI, "Budi Santoso", null)))
                .isExactlyInstanceOf(CaseException.class)
                .satisfies(e -> {
                    CaseException ce = (CaseException) e;
                    assertThat(ce.messageKey()).isEqualTo("case.error.openDuplicate");
                    assertThat(ce.args()).containsExactly(a.caseNumber(), b.caseNumber());
                    // The message names case numbers only, never the NIK.
                    assertThat(ce.getMessage()).doesNotContain(BUDI);
                });
        assertThat(row(a.caseId())).isEqualTo(before);
        assertThat(events(a.caseId())).containsExactly("CREATED");
    }

    @Test
    void a_clerk_who_changes_the_service_to_one_the_citizen_has_open_is_refused_too() {
        Registration ktp = register("INTTEST-3", ServiceType.KTP, SITI, "Siti Aminah");
        Registration kk = register("INTTEST-4", ServiceType.KK, SITI, "Siti Aminah");
        Map<String, Object> before = row(kk.caseId());

        assertThatThrownBy(() -> caseService.updateApplicant(
                        kk.caseId(), version(kk.caseId()), applicant(ServiceType.KTP, SITI, "Siti Aminah", null)))
                .isInstanceOfSatisfying(CaseException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("case.error.openDuplicate");
                    assertThat(e.args()).containsExactly(kk.caseNumber(), ktp.caseNumber());
                });
        assertThat(row(kk.caseId())).isEqualTo(before);
    }

    @Test
    void the_nik_of_a_closed_case_or_another_service_is_no_obstacle() {
        Registration done = register("INTTEST-5", ServiceType.KTP, BUDI, "Budi Santoso");
        jdbc.sql("update service_case set status = 'COMPLETED', completed_at = submitted_at where id = :id")
                .param("id", done.caseId())
                .update();
        register("INTTEST-6", ServiceType.KK, BUDI, "Budi Santoso");
        Registration a = register("INTTEST-7", ServiceType.KTP, SITI, "Siti Aminah");

        caseService.updateApplicant(
                a.caseId(), version(a.caseId()), applicant(ServiceType.KTP, BUDI, "Budi Santoso", null));

        assertThat(row(a.caseId())).containsEntry("nik", BUDI);
    }

    @Test
    void completing_triage_with_the_nik_of_an_open_case_merges_into_it() {
        Registration open = register("INTTEST-8", ServiceType.KTP, SITI, "Siti Aminah");
        Registration triage = registry.register(NewCase.live(
                Channel.WHATSAPP,
                "INTTEST-9",
                null,
                CaseStatus.TRIAGE,
                null,
                null,
                "6281299007401",
                null,
                Instant.now().minusSeconds(30),
                null,
                "whatsapp",
                null));

        Registration done = caseService.completeTriage(
                triage.caseId(), version(triage.caseId()), applicant(ServiceType.KTP, SITI, "Siti Aminah", null));

        assertThat(done.outcome()).isEqualTo(Registration.Outcome.MERGED);
        assertThat(done.mergedInto()).isEqualTo(open.caseNumber());
    }

    @Test
    void the_database_refuses_a_second_open_case_of_a_citizen_and_service() {
        register("INTTEST-10", ServiceType.KTP, SITI, "Siti Aminah");

        assertThatThrownBy(() -> jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, submitted_at, updated_at)
                values ('INTTEST-X', 'OFFICE', 'KTP', 'IN_PROCESS', :nik, 'Siti Aminah', now(), now())""").param("nik", SITI).update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void an_edit_of_long_notes_records_their_lengths_within_the_history_limit() {
        Registration a = registry.register(NewCase.live(
                Channel.WEB,
                "INTTEST-11",
                ServiceType.KTP,
                CaseStatus.SUBMITTED,
                SITI,
                "Siti Aminah",
                null,
                NIPAH_NIPAH_VILLAGE,
                Instant.now().minusSeconds(30),
                "a".repeat(2000),
                "api:web",
                null));

        caseService.updateApplicant(
                a.caseId(),
                version(a.caseId()),
                applicant(
                        ServiceType.KTP,
                        SITI,
                        "Siti Aminah Binti Muhammad Abdurrahman Al Habsyi Dari Kampung Nipah Nipah Penajam Paser Utara Kalimantan Timur",
                        "b".repeat(2000)));

        String detail = jdbc.sql("select detail from case_event where case_id = :id and type = 'EDITED'")
                .param("id", a.caseId())
                .query(String.class)
                .single();
        assertThat(detail)
                .contains("notes: changed (2000 → 2000 characters)")
                .contains("applicantName: Siti Aminah → Siti Aminah Binti");
        assertThat(row(a.caseId()).get("notes")).isEqualTo("b".repeat(2000));
    }

    @Test
    void a_status_comment_holds_500_characters_and_a_longer_one_is_refused_with_nothing_changed() {
        Registration a = register("INTTEST-12", ServiceType.KTP, SITI, "Siti Aminah");

        assertThatThrownBy(() ->
                        caseService.changeStatus(a.caseId(), version(a.caseId()), CaseStatus.REJECTED, "x".repeat(501)))
                .isInstanceOfSatisfying(CaseValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.messageKey()).isEqualTo("validation.comment.size");
                });
        assertThat(row(a.caseId())).containsEntry("status", "SUBMITTED");
        // Far beyond the history's 4000 characters: still a validation message, not a database error.
        assertThatThrownBy(() -> caseService.changeStatus(
                        a.caseId(), version(a.caseId()), CaseStatus.REJECTED, "x".repeat(5000)))
                .isInstanceOf(CaseValidationException.class);

        caseService.changeStatus(a.caseId(), version(a.caseId()), CaseStatus.REJECTED, "y".repeat(500));

        assertThat(jdbc.sql("select detail from case_event where case_id = :id and type = 'STATUS_CHANGED'")
                        .param("id", a.caseId())
                        .query(String.class)
                        .single())
                .isEqualTo("y".repeat(500));
    }

    @Test
    void a_rejection_without_a_reason_is_refused_whether_the_case_is_open_or_waits_in_triage() {
        Registration open = register("INTTEST-14", ServiceType.KTP, SITI, "Siti Aminah");
        Registration triage = registry.register(NewCase.live(
                Channel.WHATSAPP,
                "INTTEST-15",
                null,
                CaseStatus.TRIAGE,
                null,
                null,
                "628120007415",
                null,
                Instant.now().minusSeconds(60),
                null,
                "whatsapp",
                null));

        for (Registration r : List.of(open, triage)) {
            Map<String, Object> before = row(r.caseId());
            for (String blank : Arrays.asList(null, "", "   ")) {
                assertThatThrownBy(() ->
                                caseService.changeStatus(r.caseId(), version(r.caseId()), CaseStatus.REJECTED, blank))
                        .isInstanceOfSatisfying(CaseValidationException.class, e -> {
                            assertThat(e.field()).isEqualTo("comment");
                            assertThat(e.messageKey()).isEqualTo("case.error.rejectReason");
                        });
            }
            assertThat(row(r.caseId())).isEqualTo(before);
            assertThat(events(r.caseId())).containsExactly("CREATED");
        }

        caseService.changeStatus(triage.caseId(), version(triage.caseId()), CaseStatus.REJECTED, "Bukan permohonan");
        assertThat(row(triage.caseId())).containsEntry("status", "REJECTED");
    }

    @Test
    void a_note_holds_2000_characters_and_a_longer_one_is_refused() {
        Registration a = register("INTTEST-13", ServiceType.KTP, SITI, "Siti Aminah");

        assertThatThrownBy(() -> caseService.addNote(a.caseId(), "n".repeat(2001)))
                .isInstanceOfSatisfying(
                        CaseValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.notes.size"));
        caseService.addNote(a.caseId(), "n".repeat(2000));

        assertThat(events(a.caseId())).containsExactly("CREATED", "NOTE");
    }

    private Registration register(String externalId, ServiceType service, String nik, String name) {
        return registry.register(NewCase.live(
                Channel.WEB,
                externalId,
                service,
                CaseStatus.SUBMITTED,
                nik,
                name,
                null,
                NIPAH_NIPAH_VILLAGE,
                Instant.now().minusSeconds(60),
                null,
                "api:web",
                null));
    }

    private static ApplicantData applicant(ServiceType service, String nik, String name, String notes) {
        ApplicantData d = new ApplicantData();
        d.setServiceType(service);
        d.setNik(nik);
        d.setApplicantName(name);
        d.setVillageCode(NIPAH_NIPAH_VILLAGE);
        d.setNotes(notes);
        return d;
    }

    private long version(long caseId) {
        return jdbc.sql("select version from service_case where id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> row(long caseId) {
        return jdbc.sql(
                        "select nik, service_type, status, applicant_name, notes, version from service_case where id = :id")
                .param("id", caseId)
                .query()
                .singleRow();
    }

    private List<String> events(long caseId) {
        return jdbc.sql("select type from case_event where case_id = :id order by occurred_at, id")
                .param("id", caseId)
                .query(String.class)
                .list();
    }
}
