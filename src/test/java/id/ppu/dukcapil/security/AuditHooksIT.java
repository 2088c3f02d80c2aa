package id.ppu.dukcapil.security;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ppu.dukcapil.cases.CaseNotFoundException;
import id.ppu.dukcapil.cases.CaseQueries;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.intake.ImportProblem;
import id.ppu.dukcapil.intake.ImportReport;
import id.ppu.dukcapil.intake.ImportReportCsv;
import id.ppu.dukcapil.intake.TriageQueries;
import id.ppu.dukcapil.outreach.OutreachException;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.Thresholds;
import id.ppu.dukcapil.outreach.Weights;
import id.ppu.dukcapil.servicemode.ServiceMode;
import id.ppu.dukcapil.servicemode.ServiceModeException;
import id.ppu.dukcapil.servicemode.ServiceModeService;
import id.ppu.dukcapil.support.TestCases;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audited read and administrative act writes exactly one entry naming the signed-in user,
 * the kind and the case; a failed or rolled-back act writes none. Each test signs in under a
 * username of its own, so entries of other tests (which can never be deleted) do not count.
 */
@SpringBootTest
class AuditHooksIT {

    private static final String NIK = "6409014807950033";
    private static final LocalDate HOLIDAY = LocalDate.of(2031, 3, 21);

    @Autowired
    CaseService cases;

    @Autowired
    CaseQueries caseQueries;

    @Autowired
    TriageQueries triage;

    @Autowired
    ImportReportCsv importReports;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    ServiceModeService serviceModes;

    @Autowired
    OutreachPlanner planner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    TestCases fixture;
    String actor;

    record Entry(String kind, Long caseId, String caseNumber, String subject, String detail) {}

    @BeforeEach
    void setUp() {
        fixture = new TestCases(jdbc, "AUDH");
        actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from inbound_message where message_id like 'wamid.AUDH%'")
                .update();
        fixture.deleteAll();
        jdbc.sql("delete from api_key where name like 'audh-%'").update();
        jdbc.sql("delete from service_mode_change where changed_by = :a")
                .param("a", actor)
                .update();
        jdbc.sql("delete from outreach_settings where updated_by = :a")
                .param("a", actor)
                .update();
        jdbc.sql("delete from public_holiday where day = :d")
                .param("d", Date.valueOf(HOLIDAY))
                .update();
    }

    @Test
    void a_clerk_opening_a_case_is_recorded_once_with_the_case_and_full_data() {
        String number = insertCase();
        long id = idOf(number);
        signIn(actor, Role.PETUGAS);

        cases.details(number);

        assertThat(entries()).containsExactly(new Entry("CASE_VIEWED", id, number, null, "FULL"));
    }

    @Test
    void the_head_opening_a_case_sees_it_masked_and_is_recorded_as_masked() {
        String number = insertCase();
        signIn(actor, Role.KEPALA);

        assertThat(cases.details(number).personalDataVisible()).isFalse();

        assertThat(entries()).containsExactly(new Entry("CASE_VIEWED", idOf(number), number, null, "MASKED"));
    }

    @Test
    void opening_a_case_that_does_not_exist_records_nothing() {
        signIn(actor, Role.PETUGAS);

        assertThatThrownBy(() -> cases.details("AUDH-999999")).isInstanceOf(CaseNotFoundException.class);

        assertThat(entries()).isEmpty();
    }

    @Test
    void the_citizen_timeline_is_recorded_against_the_case_it_was_opened_from() {
        String number = insertCase();
        fixture.insert(
                "OFFICE",
                "KK",
                "COMPLETED",
                NIK,
                "Rahmawati Audittest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2021-08-02T01:00:00Z"));
        long id = idOf(number);
        signIn(actor, Role.PETUGAS);

        assertThat(caseQueries.timelineOf(NIK, id)).hasSize(1);
        // Without a NIK (a masked role's detail screen) nothing is listed, so nothing is opened.
        assertThat(caseQueries.timelineOf(null, id)).isEmpty();

        assertThat(entries()).containsExactly(new Entry("CITIZEN_TIMELINE_VIEWED", id, number, null, "FULL"));
    }

    @Test
    void reading_a_triage_conversation_is_recorded_and_a_refused_read_is_not() {
        String number = fixture.insert(
                "WHATSAPP", "KTP", "TRIAGE", null, null, NIPAH_NIPAH_VILLAGE, Instant.parse("2025-05-02T01:00:00Z"));
        long id = idOf(number);
        jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, sender_name, message_type, body, received_at, case_id)
                values ('WHATSAPP', 'wamid.AUDH1', '6281234567890', 'Rahma', 'text', 'mau buat KTP', :at, :id)""")
                .param("at", Timestamp.from(Instant.parse("2025-05-02T01:00:00Z")))
                .param("id", id)
                .update();
        signIn(actor, Role.KEPALA);
        assertThatThrownBy(() -> triage.messagesOf(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(entries()).isEmpty();

        signIn(actor, Role.PETUGAS);
        assertThat(triage.messagesOf(id)).hasSize(1);

        assertThat(entries()).containsExactly(new Entry("TRIAGE_CONVERSATION_VIEWED", id, number, null, "FULL"));
    }

    @Test
    void downloading_the_rejected_rows_of_an_import_is_recorded_as_an_export_of_personal_data() {
        ImportReport report = new ImportReport(
                "jemput-bola.csv",
                3,
                1,
                0,
                0,
                2,
                List.of(
                        new ImportProblem(2, "nik", "nik.error.scientific", "6.40901E+15"),
                        new ImportProblem(3, "applicant_name", "validation.name.size", "Budi")),
                10);
        signIn(actor, Role.PETUGAS);

        byte[] csv = importReports.export(report, key -> key);

        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
                .contains("2;nik;nik.error.scientific;6.40901E+15");
        assertThat(entries())
                .containsExactly(new Entry("PERSONAL_DATA_EXPORTED", null, null, "jemput-bola.csv", "2 rows"));
    }

    @Test
    void creating_and_revoking_an_api_key_are_recorded_once_each() {
        signIn(actor, Role.ADMIN);

        CreatedApiKey key = apiKeys.create("audh-portal", Set.of(ApiScope.SUBMIT), "WEB");
        apiKeys.revoke(key.id());
        // Revoking again changes nothing, so it records nothing.
        apiKeys.revoke(key.id());

        assertThat(entries())
                .containsExactly(
                        new Entry("API_KEY_CREATED", null, null, "audh-portal", "SUBMIT WEB"),
                        new Entry("API_KEY_REVOKED", null, null, "audh-portal", null));
    }

    @Test
    void a_refused_or_rolled_back_api_key_records_nothing() {
        signIn(actor, Role.ADMIN);
        assertThatThrownBy(() -> apiKeys.create("audh-web", Set.of(ApiScope.SUBMIT), null))
                .isInstanceOf(AccountException.class);

        tx.executeWithoutResult(status -> {
            apiKeys.create("audh-rolledback", Set.of(ApiScope.READ), null);
            status.setRollbackOnly();
        });

        assertThat(entries()).isEmpty();
        assertThat(jdbc.sql("select count(*) from api_key where name like 'audh-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_service_mode_change_is_recorded_with_the_modes_and_a_refused_one_is_not() {
        signIn(actor, Role.KEPALA);
        ServiceMode before = serviceModes.current();
        ServiceMode target = before == ServiceMode.ONLINE_ONLY ? ServiceMode.NORMAL : ServiceMode.ONLINE_ONLY;

        serviceModes.change(target, "Banjir di jalan poros");
        assertThatThrownBy(() -> serviceModes.change(target, "Sekali lagi")).isInstanceOf(ServiceModeException.class);
        tx.executeWithoutResult(status -> {
            serviceModes.change(before, "Dibatalkan");
            status.setRollbackOnly();
        });

        assertThat(entries())
                .containsExactly(new Entry("SERVICE_MODE_CHANGED", null, null, target.name(), before + " → " + target));
    }

    @Test
    void saving_and_resetting_the_outreach_settings_are_recorded() {
        signIn(actor, Role.PERENCANA);
        Weights weights = new Weights(30, 20, 15, 20, 15);

        planner.saveSettings(weights, new Thresholds(70, 85));
        tx.executeWithoutResult(status -> {
            planner.saveSettings(Weights.OFFICE_OPEN, Thresholds.DEFAULT);
            status.setRollbackOnly();
        });
        planner.resetSettings();

        assertThat(entries())
                .extracting(Entry::kind, Entry::detail)
                .containsExactly(
                        tuple("OUTREACH_SETTINGS_CHANGED", weights + " " + new Thresholds(70, 85)),
                        tuple("OUTREACH_SETTINGS_CHANGED", "defaults"));
    }

    @Test
    void adding_and_removing_a_holiday_are_recorded_and_a_refused_or_empty_change_is_not() {
        signIn(actor, Role.PERENCANA);

        assertThatThrownBy(() -> planner.addHoliday(HOLIDAY, " ")).isInstanceOf(OutreachException.class);
        planner.addHoliday(HOLIDAY, "Nyepi");
        tx.executeWithoutResult(status -> {
            planner.removeHoliday(HOLIDAY);
            status.setRollbackOnly();
        });
        planner.removeHoliday(HOLIDAY);
        // No holiday on that day any more: nothing is removed, nothing recorded.
        planner.removeHoliday(HOLIDAY);

        assertThat(entries())
                .containsExactly(
                        new Entry("HOLIDAY_ADDED", null, null, "21/03/2031", "Nyepi"),
                        new Entry("HOLIDAY_REMOVED", null, null, "21/03/2031", "Nyepi"));
    }

    private String insertCase() {
        return fixture.insert(
                "WEB",
                "KTP",
                "SUBMITTED",
                NIK,
                "Rahmawati Audittest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2025-05-02T01:00:00Z"));
    }

    private long idOf(String number) {
        return jdbc.sql("select id from service_case where case_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
    }

    private List<Entry> entries() {
        return jdbc.sql(
                        "select kind, case_id, case_number, subject, detail from audit_event where actor = :a order by id")
                .param("a", actor)
                .query((rs, i) -> new Entry(
                        rs.getString("kind"),
                        (Long) rs.getObject("case_id"),
                        rs.getString("case_number"),
                        rs.getString("subject"),
                        rs.getString("detail")))
                .list();
    }
}
