package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.WARU_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseQueries;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseStatusReport;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.FieldProblem;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The channel adapters on the real database: validation, idempotency, unification, WhatsApp conversations. */
@SpringBootTest
class IntakeServiceIT {

    private static final ApiPrincipal WEB = new ApiPrincipal(1, "portal-web", Set.of(ApiScope.SUBMIT), "WEB");
    private static final ApiPrincipal APP = new ApiPrincipal(2, "goppu", Set.of(ApiScope.SUBMIT), "APP");
    /** NIKs of this class end in 81xx; WhatsApp senders start with 6281100; external ids with SVCTEST. */
    private static final String SITI = IntakeTestData.nik(1, 5, 1, 90, 8101);

    private static final String RINA = IntakeTestData.nik(2, 17, 8, 92, 8102);
    private static final String SENDER = "628110000001";

    @Autowired
    IntakeService intake;

    @Autowired
    CaseService cases;

    @Autowired
    CaseQueries queries;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsAChannelKey() {
        // Submissions come from channel keys; tests that act as a clerk sign in again.
        TestSignIn.key(WEB);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        TestCases.deleteWhere(
                jdbc, "right(nik, 4) like '81%' or external_id like 'SVCTEST-%' or phone like '6281100%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.SVCTEST%'")
                .update();
    }

    @Test
    void a_submission_becomes_a_case_of_the_keys_channel() {
        Registration r = intake.submit(submission("SVCTEST-1", "e-KTP", SITI, "Siti Aminah", "Nipah-Nipah"), WEB);

        assertThat(r.outcome()).isEqualTo(Registration.Outcome.CREATED);
        CaseStatusReport report = queries.statusReport(r.caseNumber()).orElseThrow();
        assertThat(report.channel()).isEqualTo(Channel.WEB);
        assertThat(report.serviceType()).isEqualTo(ServiceType.KTP);
        assertThat(jdbc.sql("select village_code from service_case where id = :id")
                        .param("id", r.caseId())
                        .query(String.class)
                        .single())
                .isEqualTo(NIPAH_NIPAH_VILLAGE);
        assertThat(jdbc.sql("select actor from case_event where case_id = :id")
                        .param("id", r.caseId())
                        .query(String.class)
                        .single())
                .isEqualTo("api:portal-web");
    }

    @Test
    void every_invalid_field_is_reported_and_nothing_is_stored() {
        CaseSubmission bad =
                new CaseSubmission(" ", null, "PASPOR", "6.40901E+15", "X", "Atlantis", "call me", "28/11/2026", null);

        assertThatThrownBy(() -> intake.submit(bad, WEB))
                .isInstanceOfSatisfying(
                        CaseValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        new FieldProblem("externalId", "validation.required"),
                                        new FieldProblem("serviceType", "intake.error.serviceType"),
                                        new FieldProblem("villageCode", "validation.village.unknown"),
                                        new FieldProblem("submittedAt", "intake.error.dateTime"),
                                        new FieldProblem("nik", "nik.error.scientific"),
                                        new FieldProblem("applicantName", "validation.name.size"),
                                        new FieldProblem("phone", "validation.phone")));
        assertThat(countMine()).isZero();
    }

    @Test
    void a_retry_returns_the_same_case_and_another_channel_with_the_same_id_is_another_request() {
        Registration first =
                intake.submit(submission("SVCTEST-2", "KTP", SITI, "Siti Aminah", NIPAH_NIPAH_VILLAGE), WEB);
        Registration retry =
                intake.submit(submission("SVCTEST-2", "KTP", SITI, "Siti Aminah", NIPAH_NIPAH_VILLAGE), WEB);
        Registration app = intake.submit(submission("SVCTEST-2", "KTP", SITI, "Siti Aminah", NIPAH_NIPAH_VILLAGE), APP);

        assertThat(retry.outcome()).isEqualTo(Registration.Outcome.DUPLICATE);
        assertThat(retry.caseNumber()).isEqualTo(first.caseNumber());
        assertThat(app.outcome()).isEqualTo(Registration.Outcome.MERGED);
        assertThat(app.mergedInto()).isEqualTo(first.caseNumber());
        assertThat(countMine()).isEqualTo(2);
    }

    @Test
    void a_village_name_shared_by_two_villages_is_refused_as_ambiguous() {
        jdbc.sql("""
                insert into village (code, name, kind, district_code, population, population_estimated, distance_km,
                    hard_to_reach, ikn_status) values ('64.09.04.2999', 'Nipah Nipah', 'DESA', '64.09.04', 1, true, 1, false, 'NO')""").update();
        try {
            assertThatThrownBy(() ->
                            intake.submit(submission("SVCTEST-3", "KTP", SITI, "Siti Aminah", "nipah-nipah"), WEB))
                    .isInstanceOfSatisfying(
                            CaseValidationException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(
                                            new FieldProblem("villageCode", "intake.error.village.ambiguous")));
        } finally {
            jdbc.sql("delete from village where code = '64.09.04.2999'").update();
        }
    }

    @Test
    void a_submit_key_sees_its_own_cases_and_the_cases_its_requests_joined() {
        Registration office = intake.submit(submission("SVCTEST-4", "KK", RINA, "Rina Wati", WARU_VILLAGE), APP);
        Registration web = intake.submit(submission("SVCTEST-5", "KK", RINA, "Rina Wati", WARU_VILLAGE), WEB);
        ApiPrincipal outreach = new ApiPrincipal(3, "tablet", Set.of(ApiScope.SUBMIT), "OUTREACH");
        ApiPrincipal reader = new ApiPrincipal(4, "dashboard", Set.of(ApiScope.READ), null);

        assertThat(intake.statusFor(web.caseNumber(), WEB)).isPresent();
        assertThat(intake.statusFor(office.caseNumber(), WEB))
                .get()
                .extracting(CaseStatusReport::channels)
                .isEqualTo(List.of(Channel.APP, Channel.WEB));
        assertThat(intake.statusFor(office.caseNumber(), outreach)).isEmpty();
        assertThat(intake.statusFor(office.caseNumber(), reader)).isPresent();
    }

    @Test
    void a_whatsapp_message_in_the_simple_form_is_a_submitted_case_and_its_redelivery_changes_nothing() {
        InboundText m = text("wamid.SVCTEST1", "KTP " + SITI + " siti aminah");

        Optional<Registration> r = intake.receiveWhatsApp(m);
        Optional<Registration> again = intake.receiveWhatsApp(m);

        assertThat(r).get().extracting(Registration::status).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(again).isEmpty();
        CaseStatusReport report = queries.statusReport(r.get().caseNumber()).orElseThrow();
        assertThat(report.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(jdbc.sql("select applicant_name from service_case where id = :id")
                        .param("id", r.get().caseId())
                        .query(String.class)
                        .single())
                .isEqualTo("Siti Aminah");
        assertThat(countMine()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id = 'wamid.SVCTEST1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void free_text_opens_a_triage_case_further_messages_join_it_and_the_simple_form_completes_it() {
        Registration triage = intake.receiveWhatsApp(text("wamid.SVCTEST2", "Selamat pagi, saya mau urus KTP"))
                .orElseThrow();
        Optional<Registration> followUp = intake.receiveWhatsApp(text("wamid.SVCTEST3", "Bisa dibantu?"));
        Registration completed = intake.receiveWhatsApp(text("wamid.SVCTEST4", "KTP " + SITI + " Siti Aminah"))
                .orElseThrow();

        assertThat(triage.status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(followUp).isEmpty();
        assertThat(completed.caseNumber()).isEqualTo(triage.caseNumber());
        assertThat(completed.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(jdbc.sql("select count(*) from inbound_message where case_id = :id")
                        .param("id", triage.caseId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(countMine()).isEqualTo(1);
    }

    @Test
    void the_same_citizen_writing_on_whatsapp_and_then_walking_in_is_one_request_with_both_channels() {
        Registration whatsapp = intake.receiveWhatsApp(text("wamid.SVCTEST5", "KTP " + SITI + " Siti Aminah"))
                .orElseThrow();
        signIn("petugas", Role.PETUGAS);
        ApplicantData desk = new ApplicantData();
        desk.setServiceType(ServiceType.KTP);
        desk.setNik(SITI);
        desk.setApplicantName("Siti Aminah");
        desk.setVillageCode(NIPAH_NIPAH_VILLAGE);

        Registration walkIn = cases.registerWalkIn(desk);

        assertThat(walkIn.outcome()).isEqualTo(Registration.Outcome.MERGED);
        assertThat(walkIn.mergedInto()).isEqualTo(whatsapp.caseNumber());
        CaseStatusReport one = queries.statusReport(whatsapp.caseNumber()).orElseThrow();
        assertThat(one.channels()).containsExactly(Channel.WHATSAPP, Channel.OFFICE);
        assertThat(jdbc.sql("select count(*) from service_case where nik = :nik and status <> 'MERGED'")
                        .param("nik", SITI)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_clerk_completing_a_triage_case_joins_the_citizens_open_case() {
        Registration office =
                intake.submit(submission("SVCTEST-6", "KTP", SITI, "Siti Aminah", NIPAH_NIPAH_VILLAGE), APP);
        Registration triage = intake.receiveWhatsApp(text("wamid.SVCTEST6", "Halo, KTP saya kapan jadi?"))
                .orElseThrow();
        signIn("petugas", Role.PETUGAS);
        ApplicantData data = new ApplicantData();
        data.setServiceType(ServiceType.KTP);
        data.setNik(SITI);
        data.setApplicantName("Siti Aminah");
        data.setPhone(SENDER);
        data.setVillageCode(NIPAH_NIPAH_VILLAGE);
        long version = jdbc.sql("select version from service_case where id = :id")
                .param("id", triage.caseId())
                .query(Long.class)
                .single();

        Registration done = cases.completeTriage(triage.caseId(), version, data);

        assertThat(done.outcome()).isEqualTo(Registration.Outcome.MERGED);
        assertThat(done.mergedInto()).isEqualTo(office.caseNumber());
        assertThat(queries.channelsOf(office.caseId())).containsExactly(Channel.WHATSAPP);
    }

    private long countMine() {
        return jdbc.sql(
                        "select count(*) from service_case where right(nik, 4) like '81%' or external_id like 'SVCTEST-%' "
                                + "or phone like '6281100%'")
                .query(Long.class)
                .single();
    }

    private static CaseSubmission submission(
            String externalId, String service, String nik, String name, String village) {
        return new CaseSubmission(externalId, null, service, nik, name, village, null, null, null);
    }

    private static InboundText text(String id, String body) {
        return new InboundText(id, SENDER, "Siti", Instant.now().minusSeconds(30), body);
    }
}
