package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.cases.CaseConflictException;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseStatusChanged;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.Regions;
import id.ppu.dukcapil.support.SignedIn;
import id.ppu.dukcapil.support.TestCases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Status notifications: a clerk's status change queues one WhatsApp message to the case's resident
 * in the change's own transaction, recorded in the case's history; the same change again queues
 * nothing more; with the stand-in of the Cloud API the message goes out once even when the first
 * attempt failed. Each test starts with an empty outbox (the workers would send any due row).
 */
@SpringBootTest
@SignedIn(user = "petugas", roles = Role.PETUGAS)
class CaseStatusNotificationsIT {

    private static final String RESIDENT = "081291000001";
    private static final String RESIDENT_WA_ID = "6281291000001";

    @Autowired
    CaseService caseService;

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher publisher;

    private TestCases fixtures;
    private CloudApiStandIn meta;
    private final TestClock clock =
            new TestClock(Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS));

    @BeforeEach
    void start() throws Exception {
        fixtures = new TestCases(jdbc, "PPU-2091");
        jdbc.sql("delete from outbound_message").update();
        meta = CloudApiStandIn.start();
    }

    @AfterEach
    void stop() {
        meta.close();
        jdbc.sql("delete from outbound_message").update();
        jdbc.sql("delete from inbound_message where message_id like 'wamid.NOTIFYTEST%'")
                .update();
        jdbc.sql("delete from whatsapp_opt_out where wa_id = :id")
                .param("id", RESIDENT_WA_ID)
                .update();
        fixtures.deleteAll();
    }

    /** A case of the web portal in {@code status} carrying the resident's number; its id. */
    private long caseWithPhone(String status, String phone) {
        String number = fixtures.insert(
                "WEB",
                "KTP",
                status,
                TestCases.anyNik(),
                "Siti Aminah",
                Regions.NIPAH_NIPAH_VILLAGE,
                Instant.now().minus(Duration.ofDays(3)));
        return jdbc.sql("update service_case set phone = :p where case_number = :n returning id")
                .param("p", phone)
                .param("n", number)
                .query(Long.class)
                .single();
    }

    private long version(long caseId) {
        return jdbc.sql("select version from service_case where id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    private String caseNumber(long caseId) {
        return jdbc.sql("select case_number from service_case where id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
    }

    /** The resident wrote an hour ago: free text may go out. */
    private void residentWroteRecently() {
        jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, message_type, body, received_at)
                values ('WHATSAPP', 'wamid.NOTIFYTEST1', :s, 'text', 'Halo', :at)""")
                .param("s", RESIDENT_WA_ID)
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                .update();
    }

    private List<OutboxStore.Stored> messagesOf(long caseId) {
        return store.ofCase(caseId);
    }

    private List<String> notificationsInHistory(long caseId) {
        return jdbc.sql("select detail from case_event where case_id = :id and type = 'NOTIFIED' order by id")
                .param("id", caseId)
                .query(String.class)
                .list();
    }

    @Test
    void moving_a_case_to_ready_queues_exactly_one_message_in_the_residents_number_and_notes_it_in_the_history() {
        residentWroteRecently();
        long id = caseWithPhone("IN_PROCESS", RESIDENT);
        long version = version(id);

        caseService.changeStatus(id, version, CaseStatus.READY, null);

        List<OutboxStore.Stored> messages = messagesOf(id);
        assertThat(messages).hasSize(1);
        OutboxStore.Stored m = messages.get(0);
        assertThat(m.kind()).isEqualTo(OutboundKind.CASE_READY);
        assertThat(m.recipient()).isEqualTo(RESIDENT_WA_ID);
        assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
        assertThat(m.key()).matches("status:" + id + ":[0-9]+");
        assertThat(((OutboundContent.Text) m.content()).body())
                .contains(caseNumber(id))
                .contains("KTP-el")
                .contains("loket pengambilan")
                .contains("BERHENTI");
        assertThat(notificationsInHistory(id))
                .containsExactly("WhatsApp CASE_READY: queued (outbound message " + m.id() + ")");

        // The clerk's double click: the same change from the same version is refused, and nothing more is queued.
        assertThatThrownBy(() -> caseService.changeStatus(id, version, CaseStatus.READY, null))
                .isInstanceOf(CaseConflictException.class);
        // The same change delivered to the listener again queues nothing and notes nothing.
        long eventId = Long.parseLong(m.key().substring(m.key().lastIndexOf(':') + 1));
        tx.executeWithoutResult(s -> publisher.publishEvent(new CaseStatusChanged(
                id,
                eventId,
                caseNumber(id),
                ServiceType.KTP,
                CaseStatus.IN_PROCESS,
                CaseStatus.READY,
                null,
                RESIDENT,
                Regions.PENAJAM_DISTRICT,
                Regions.NIPAH_NIPAH_VILLAGE)));
        assertThat(messagesOf(id)).hasSize(1);
        assertThat(notificationsInHistory(id)).hasSize(1);
    }

    @Test
    void the_ready_message_goes_out_once_even_when_the_first_send_failed() {
        residentWroteRecently();
        long id = caseWithPhone("IN_PROCESS", RESIDENT);
        caseService.changeStatus(id, version(id), CaseStatus.READY, null);
        String key = messagesOf(id).get(0).key();
        meta.then(CloudApiStandIn.error(500, 131000, "Something went wrong"));
        OutboxWorker worker =
                new OutboxWorker(store, OutboxSettings.on(meta.apiUrl()), json, clock, transactionManager);

        assertThat(worker.sendDue()).isZero();
        assertThat(store.findByKey(key).orElseThrow().status()).isEqualTo(OutboundStatus.PENDING);
        clock.advance(OutboxSettings.BACKOFF_BASE);
        assertThat(worker.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(worker.sendDue()).isZero();

        assertThat(store.findByKey(key).orElseThrow().status()).isEqualTo(OutboundStatus.SENT);
        // One refused attempt and one accepted: the resident receives the message once.
        assertThat(meta.requestsPerKey()).containsExactly(Map.entry(key, 2L));
        assertThat(messagesOf(id)).hasSize(1);
    }

    @Test
    void a_rejection_tells_the_reason_and_a_change_that_rolls_back_queues_nothing() {
        residentWroteRecently();
        long id = caseWithPhone("SUBMITTED", RESIDENT);

        tx.executeWithoutResult(s -> {
            caseService.changeStatus(id, version(id), CaseStatus.REJECTED, "Foto KK tidak terbaca");
            s.setRollbackOnly();
        });
        assertThat(messagesOf(id)).isEmpty();
        assertThat(notificationsInHistory(id)).isEmpty();

        caseService.changeStatus(id, version(id), CaseStatus.REJECTED, "Foto KK tidak terbaca");
        assertThat(messagesOf(id)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(OutboundKind.CASE_REJECTED);
            assertThat(((OutboundContent.Text) m.content()).body()).contains("Alasan: Foto KK tidak terbaca");
        });
    }

    @Test
    void a_change_to_a_status_without_a_notification_or_of_a_case_without_a_mobile_number_queues_nothing() {
        residentWroteRecently();
        long verified = caseWithPhone("SUBMITTED", RESIDENT);
        long noPhone = caseWithPhone("IN_PROCESS", null);

        caseService.changeStatus(verified, version(verified), CaseStatus.VERIFIED, null);
        caseService.changeStatus(noPhone, version(noPhone), CaseStatus.READY, null);

        assertThat(messagesOf(verified)).isEmpty();
        assertThat(messagesOf(noPhone)).isEmpty();
        assertThat(notificationsInHistory(noPhone)).isEmpty();
    }

    @Test
    void outside_the_window_without_a_template_the_change_commits_and_the_history_says_nothing_was_sent() {
        long id = caseWithPhone("IN_PROCESS", RESIDENT);

        caseService.changeStatus(id, version(id), CaseStatus.READY, null);

        assertThat(jdbc.sql("select status from service_case where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("READY");
        assertThat(messagesOf(id)).isEmpty();
        assertThat(notificationsInHistory(id))
                .containsExactly("WhatsApp CASE_READY: not sent (window closed, no template)");
    }

    @Test
    void a_notification_to_a_resident_who_opted_out_is_kept_as_skipped_and_never_sent() {
        residentWroteRecently();
        jdbc.sql("insert into whatsapp_opt_out (wa_id, opted_out_at) values (:id, now())")
                .param("id", RESIDENT_WA_ID)
                .update();
        long id = caseWithPhone("IN_PROCESS", "+6281291000001");

        caseService.changeStatus(id, version(id), CaseStatus.READY, null);
        OutboxWorker worker =
                new OutboxWorker(store, OutboxSettings.on(meta.apiUrl()), json, clock, transactionManager);

        assertThat(messagesOf(id))
                .singleElement()
                .extracting(OutboxStore.Stored::status)
                .isEqualTo(OutboundStatus.SKIPPED);
        assertThat(worker.sendDue()).isZero();
        assertThat(meta.requests()).isEmpty();
        assertThat(notificationsInHistory(id))
                .singleElement()
                .asString()
                .startsWith("WhatsApp CASE_READY: skipped, opted out");
    }

    @Test
    void waiting_in_person_tells_what_to_bring_from_the_services_requirements_quick_answers() {
        residentWroteRecently();
        long id = caseWithPhone("VERIFIED", RESIDENT);
        String requirements = jdbc.sql(
                        "select body from quick_answer where service_type = 'KTP' and requirements and active")
                .query(String.class)
                .single();

        caseService.changeStatus(id, version(id), CaseStatus.WAITING_IN_PERSON, null);

        assertThat(messagesOf(id)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(OutboundKind.CASE_WAITING_IN_PERSON);
            assertThat(((OutboundContent.Text) m.content()).body())
                    .startsWith("Permohonan " + caseNumber(id) + " (KTP-el) menunggu kehadiran Anda")
                    .contains("Jam layanan: Senin-Jumat 08.00-15.00 WITA.\n\n" + requirements)
                    .endsWith("Balas BERHENTI bila tidak ingin menerima pesan lagi.");
        });
    }
}
