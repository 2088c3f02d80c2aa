package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.WhatsAppDeliveries.bytes;
import static id.ppu.dukcapil.intake.WhatsAppDeliveries.delivery;
import static id.ppu.dukcapil.intake.WhatsAppDeliveries.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.Regions;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Residents asking the WhatsApp number by themselves, through the signed webhook over real HTTP:
 * a request's status only for the number the request carries (a stranger's reply tells nothing,
 * the same whether the request exists or not), the sender's open requests, a service's
 * requirements (the administrator's quick answers; with none active, a question for the clerks),
 * BERHENTI and MULAI honoured by every later message; other text still reaches triage. Senders of this class start with 6281700, message ids with wamid.SELFTEST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfServiceWebhookIT {

    private static final String OWNER = "6281700000001";
    private static final String STRANGER = "6281700000002";
    private static final AtomicInteger IDS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxStore store;

    @Autowired
    QuickAnswers quickAnswers;

    private WebhookHttp webhook;
    private TestCases fixtures;

    @BeforeEach
    void client() {
        webhook = new WebhookHttp(port, appSecret);
        fixtures = new TestCases(jdbc, "PPU-2026-9");
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from outbound_message where recipient like '6281700%'").update();
        jdbc.sql("delete from whatsapp_opt_out where wa_id like '6281700%'").update();
        jdbc.sql("delete from quick_answer where title like 'Uji %'").update();
        WhatsAppWebhookIT.deleteMine(jdbc, "wamid.SELFTEST", "6281700");
        TestCases.deleteWhere(jdbc, "phone like '081700%' or phone like '+6281700%'");
    }

    /** A case of {@code status} carrying {@code phone}; its case number. */
    private String caseOf(String status, String service, String phone) {
        String number = fixtures.insert(
                "WEB",
                service,
                status,
                TestCases.anyNik(),
                "Siti Aminah",
                Regions.NIPAH_NIPAH_VILLAGE,
                Instant.now().minus(Duration.ofDays(2)));
        // The fixture's numbers (PPU-2026-9-000001) are no regency case numbers; residents type real ones
        // (PPU-2026-9000001).
        String real = number.replace("PPU-2026-9-", "PPU-2026-9");
        jdbc.sql("update service_case set phone = :p, case_number = :real where case_number = :n")
                .param("p", phone)
                .param("real", real)
                .param("n", number)
                .update();
        return real;
    }

    /** Posts a text from {@code from}; the id of the stored inbound message. */
    private String write(String from, String body) throws Exception {
        String id = "wamid.SELFTEST" + IDS.incrementAndGet();
        assertThat(webhook.post(bytes(delivery(from, "Warga", text(id, from, body))))
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    private List<OutboxStore.Stored> answersTo(String waId) {
        return jdbc
                .sql("select idempotency_key from outbound_message where recipient = :r order by id")
                .param("r", waId)
                .query(String.class)
                .list()
                .stream()
                .map(k -> store.findByKey(k).orElseThrow())
                .toList();
    }

    private static String body(OutboxStore.Stored m) {
        return ((OutboundContent.Text) m.content()).body();
    }

    private long triageCasesOf(String waId) {
        return jdbc.sql("select count(*) from service_case where phone = :p and status = 'TRIAGE'")
                .param("p", waId)
                .query(Long.class)
                .single();
    }

    @Test
    void the_owner_asking_for_a_case_by_number_gets_its_status_and_next_step_and_no_triage_case() throws Exception {
        String number = caseOf("READY", "KTP", "081700000001");

        String id = write(OWNER, "  cek   " + number.toLowerCase() + " ");

        assertThat(answersTo(OWNER)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(OutboundKind.SELF_SERVICE_ANSWER);
            assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
            assertThat(body(m))
                    .contains(number)
                    .contains("KTP-el")
                    .contains("siap diambil")
                    .contains("Langkah berikutnya");
        });
        assertThat(triageCasesOf(OWNER)).isZero();
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id = :id and case_id is null")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_stranger_gets_the_same_reply_that_reveals_nothing_whether_the_case_exists_or_not() throws Exception {
        String number = caseOf("REJECTED", "KK", "081700000001");

        write(STRANGER, "STATUS " + number);
        write(STRANGER, "STATUS PPU-2026-0999999");

        List<OutboxStore.Stored> answers = answersTo(STRANGER);
        assertThat(answers).hasSize(2);
        assertThat(body(answers.get(0)))
                .isEqualTo(body(answers.get(1)))
                .doesNotContain(number)
                .doesNotContain("Kartu Keluarga")
                .doesNotContain("tidak dapat diproses");
        assertThat(answers).allSatisfy(m -> assertThat(m.caseId()).isNull());
        assertThat(answersTo(OWNER)).isEmpty();
    }

    @Test
    void status_alone_lists_the_senders_open_requests_in_any_spelling_of_the_number_and_no_closed_ones()
            throws Exception {
        String ktp = caseOf("IN_PROCESS", "KTP", "081700000001");
        String kk = caseOf("NEEDS_CORRECTION", "KK", "+6281700000001");
        String closed = caseOf("COMPLETED", "KIA", "081700000001");
        String strangers = caseOf("IN_PROCESS", "KIA", "081700000002");

        write(OWNER, "status");

        assertThat(answersTo(OWNER))
                .singleElement()
                .satisfies(m -> assertThat(body(m))
                        .contains(ktp + " (KTP-el): sedang diproses")
                        .contains(kk + " (Kartu Keluarga (KK)): perlu diperbaiki")
                        .doesNotContain(closed)
                        .doesNotContain(strangers));
    }

    /** The service's requirements as the administrator keeps them (quick answers, V22). */
    private String requirementsOf(String service) {
        return jdbc.sql("select body from quick_answer where service_type = :s and requirements and active")
                .param("s", service)
                .query(String.class)
                .single();
    }

    @Test
    void syarat_with_a_service_name_replies_with_its_requirements_from_the_quick_answers() throws Exception {
        write(OWNER, "Syarat  akta kelahiran");

        // The text is the seeded quick answer's, whole: there is no second copy of the requirements.
        assertThat(answersTo(OWNER))
                .singleElement()
                .satisfies(m -> assertThat(body(m))
                        .isEqualTo(requirementsOf("BIRTH_CERT"))
                        .startsWith("Syarat Akta Kelahiran:\n1. Surat keterangan kelahiran"));
        assertThat(triageCasesOf(OWNER)).isZero();
    }

    @Test
    void an_administrators_new_requirement_answer_is_in_the_next_syarat_reply() throws Exception {
        String seeded = requirementsOf("KIA");
        QuickAnswerDraft first = new QuickAnswerDraft();
        first.setServiceType(ServiceType.KIA);
        first.setTitle("Uji KIA lebih dulu");
        first.setBody("KIA dapat dibuat di sekolah saat layanan jemput bola.");
        first.setSortOrder(5);
        first.setRequirements(true);
        TestSignIn.signIn("admin-qa", Role.ADMIN);
        try {
            quickAnswers.create(first);
        } finally {
            TestSignIn.signOut();
        }

        write(OWNER, "SYARAT KARTU IDENTITAS ANAK");

        assertThat(answersTo(OWNER))
                .singleElement()
                .satisfies(m -> assertThat(body(m))
                        .isEqualTo("KIA dapat dibuat di sekolah saat layanan jemput bola.\n\n" + seeded));
    }

    @Test
    void syarat_of_a_service_without_active_requirements_goes_to_the_clerks() throws Exception {
        jdbc.sql("update quick_answer set active = false where service_type = 'DIVORCE_CERT'")
                .update();
        try {
            write(OWNER, "syarat akta cerai");
        } finally {
            jdbc.sql("update quick_answer set active = true where updated_by = 'migration V22'")
                    .update();
        }

        assertThat(answersTo(OWNER)).isEmpty();
        assertThat(triageCasesOf(OWNER)).isEqualTo(1);
    }

    @Test
    void other_text_still_goes_to_triage_and_is_not_answered_automatically() throws Exception {
        write(OWNER, "Syaratnya apa saja?");
        write(OWNER, "status permohonan saya bagaimana?");

        assertThat(triageCasesOf(OWNER)).isEqualTo(1);
        assertThat(answersTo(OWNER)).isEmpty();
    }

    @Test
    void after_berhenti_every_message_is_kept_unsent_and_after_mulai_messages_go_out_again() throws Exception {
        write(OWNER, " Berhenti ");

        assertThat(jdbc.sql("select count(*) from whatsapp_opt_out where wa_id = :w")
                        .param("w", OWNER)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(answersTo(OWNER)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(OutboundKind.OPT_OUT_CONFIRMATION);
            assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
        });

        write(OWNER, "SYARAT KTP");
        assertThat(answersTo(OWNER).get(1).status()).isEqualTo(OutboundStatus.SKIPPED);

        write(OWNER, "mulai");
        write(OWNER, "SYARAT KTP");
        assertThat(jdbc.sql("select count(*) from whatsapp_opt_out where wa_id = :w")
                        .param("w", OWNER)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(answersTo(OWNER))
                .extracting(OutboxStore.Stored::status)
                .containsExactly(
                        OutboundStatus.PENDING, OutboundStatus.SKIPPED, OutboundStatus.PENDING, OutboundStatus.PENDING);
    }
}
