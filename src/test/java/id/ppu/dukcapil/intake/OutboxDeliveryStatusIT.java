package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.WhatsAppDeliveries.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery statuses of our messages from the webhook, over real HTTP and signed as Meta signs
 * them: sent, delivered, read and failed (with its error code) update the outbound message found
 * by its wamid, never backwards; a status that overtakes Meta's answer finds the message by the
 * idempotency key it carries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxDeliveryStatusIT {

    private static final String RESIDENT = "081290000201";

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Autowired
    OutboundMessages outbox;

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

    private CloudApiStandIn meta;
    private WebhookHttp webhook;
    private final TestClock clock =
            new TestClock(Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS));

    @BeforeEach
    void start() throws Exception {
        jdbc.sql("delete from outbound_message").update();
        meta = CloudApiStandIn.start();
        webhook = new WebhookHttp(port, appSecret);
    }

    @AfterEach
    void stop() {
        meta.close();
        jdbc.sql("delete from outbound_message").update();
    }

    /** Queues a message under {@code key} and lets a worker send it; its wamid. */
    private String sent(String key) {
        tx.execute(s -> outbox.enqueue(
                key, null, RESIDENT, OutboundKind.CASE_READY, new OutboundContent.Text("Dokumen siap.")));
        new OutboxWorker(store, OutboxSettings.on(meta.apiUrl()), json, clock, transactionManager).sendDue();
        return store.findByKey(key).orElseThrow().waMessageId();
    }

    private OutboxStore.Stored stored(String key) {
        return store.findByKey(key).orElseThrow();
    }

    private HttpResponse<String> status(String wamid, String status, long epochSeconds, String extra) throws Exception {
        return webhook.post(bytes(DeliveryStatusReaderTest.notification(
                "{\"id\":\"" + wamid + "\",\"status\":\"" + status + "\",\"timestamp\":\"" + epochSeconds
                        + "\",\"recipient_id\":\"6281290000201\"" + extra + "}")));
    }

    @Test
    void delivered_then_read_move_the_message_forward_with_their_times() throws Exception {
        String wamid = sent("status-1");
        long t = Instant.now().getEpochSecond() - 120;

        assertThat(status(wamid, "delivered", t, "").statusCode()).isEqualTo(200);
        assertThat(stored("status-1").status()).isEqualTo(OutboundStatus.DELIVERED);
        assertThat(stored("status-1").deliveredAt()).isEqualTo(Instant.ofEpochSecond(t));

        assertThat(status(wamid, "read", t + 60, "").statusCode()).isEqualTo(200);
        OutboxStore.Stored m = stored("status-1");
        assertThat(m.status()).isEqualTo(OutboundStatus.READ);
        assertThat(m.readAt()).isEqualTo(Instant.ofEpochSecond(t + 60));
        assertThat(m.deliveredAt()).isEqualTo(Instant.ofEpochSecond(t));
    }

    @Test
    void statuses_never_go_backwards() throws Exception {
        String wamid = sent("status-2");
        long t = Instant.now().getEpochSecond() - 120;

        status(wamid, "read", t + 30, "");
        status(wamid, "delivered", t + 10, "");
        status(wamid, "sent", t, "");
        status(wamid, "failed", t + 40, ",\"errors\":[{\"code\":131000,\"title\":\"Something went wrong\"}]");

        OutboxStore.Stored m = stored("status-2");
        assertThat(m.status()).isEqualTo(OutboundStatus.READ);
        assertThat(m.lastErrorCode()).isNull();
    }

    @Test
    void a_late_sent_does_not_override_delivered() throws Exception {
        String wamid = sent("status-3");
        long t = Instant.now().getEpochSecond() - 120;

        status(wamid, "delivered", t + 10, "");
        status(wamid, "sent", t, "");

        assertThat(stored("status-3").status()).isEqualTo(OutboundStatus.DELIVERED);
    }

    @Test
    void a_failed_delivery_fails_the_message_with_metas_error_code_and_title() throws Exception {
        String wamid = sent("status-4");

        HttpResponse<String> r = status(wamid, "failed", Instant.now().getEpochSecond() - 5, """
                ,"errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",\
                "error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer\
                 last replied to this number."}}]""");

        assertThat(r.statusCode()).isEqualTo(200);
        OutboxStore.Stored m = stored("status-4");
        assertThat(m.status()).isEqualTo(OutboundStatus.FAILED);
        assertThat(m.lastErrorCode()).isEqualTo("131047");
        assertThat(m.lastErrorText())
                .startsWith("Re-engagement message: Message failed to send because more than 24 hours");
    }

    @Test
    void a_status_that_overtakes_metas_answer_finds_the_message_by_its_key_and_the_answer_then_only_adds_the_id()
            throws Exception {
        tx.execute(
                s -> outbox.enqueue("status-5", null, RESIDENT, OutboundKind.REPLY, new OutboundContent.Text("Halo")));
        OutboxWorker worker =
                new OutboxWorker(store, OutboxSettings.on(meta.apiUrl()), json, clock, transactionManager);
        OutboxStore.Claimed claimed = worker.claim().orElseThrow();

        status(
                "wamid.FAST5",
                "delivered",
                Instant.now().getEpochSecond() - 5,
                ",\"biz_opaque_callback_data\":\"status-5\"");
        assertThat(stored("status-5").status()).isEqualTo(OutboundStatus.DELIVERED);
        assertThat(stored("status-5").leaseUntil()).isNull();
        Boolean held = tx.execute(s -> store.markSent(claimed, "wamid.FAST5", clock.instant()));

        assertThat(held).isFalse();
        OutboxStore.Stored m = stored("status-5");
        assertThat(m.status()).isEqualTo(OutboundStatus.DELIVERED);
        assertThat(m.waMessageId()).isEqualTo("wamid.FAST5");
        assertThat(worker.sendDue()).isZero();
        assertThat(meta.requests()).isEmpty();
    }

    @Test
    void a_sent_status_after_a_time_out_marks_the_message_sent_so_that_the_retry_does_not_send_it_twice()
            throws Exception {
        meta.then(CloudApiStandIn.held());
        tx.execute(
                s -> outbox.enqueue("status-6", null, RESIDENT, OutboundKind.REPLY, new OutboundContent.Text("Halo")));
        OutboxWorker impatient = new OutboxWorker(
                store,
                OutboxSettings.on(meta.apiUrl(), Duration.ofMillis(400), 5, 50),
                json,
                clock,
                transactionManager);
        impatient.sendDue();
        assertThat(stored("status-6").status()).isEqualTo(OutboundStatus.PENDING);

        // Meta had accepted it after all: its "sent" status carries our key.
        status("wamid.LATE6", "sent", Instant.now().getEpochSecond() - 5, ",\"biz_opaque_callback_data\":\"status-6\"");
        clock.advance(Duration.ofHours(1));

        assertThat(impatient.sendDue()).isZero();
        assertThat(stored("status-6").status()).isEqualTo(OutboundStatus.SENT);
        assertThat(stored("status-6").waMessageId()).isEqualTo("wamid.LATE6");
        assertThat(meta.requests()).hasSize(1);
    }

    @Test
    void a_status_of_a_message_we_do_not_know_is_acknowledged_and_changes_nothing() throws Exception {
        String wamid = sent("status-7");

        HttpResponse<String> r =
                status("wamid.SOMEONE-ELSES", "read", Instant.now().getEpochSecond(), "");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(stored("status-7").status()).isEqualTo(OutboundStatus.SENT);
        assertThat(stored("status-7").waMessageId()).isEqualTo(wamid);
    }

    @Test
    void a_status_of_the_wrong_shape_is_a_bad_request_that_changes_nothing() throws Exception {
        String wamid = sent("status-8");

        HttpResponse<String> r = webhook.post(bytes(DeliveryStatusReaderTest.notification(
                "{\"id\":\"" + wamid + "\",\"status\":\"read\"}", "{\"id\":\"wamid.X\",\"status\":[\"read\"]}")));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("entry[0].changes[0].value.statuses[1].status");
        assertThat(stored("status-8").status()).isEqualTo(OutboundStatus.SENT);
    }
}
