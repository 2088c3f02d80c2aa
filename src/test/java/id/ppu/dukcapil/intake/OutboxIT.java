package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against PostgreSQL and a local stand-in of the Cloud API over real HTTP: queued in
 * the cause's transaction, sent once by workers that stand for app instances (each with its own
 * HTTP client), retried with backoff on 5xx, 429 and time-outs, failed at once on other refusals,
 * and recovered after a worker died between claim and send. Time moves by a test clock, never by
 * waiting. Each test starts with an empty outbox (the workers would send any due row).
 */
@SpringBootTest
class OutboxIT {

    private static final String RESIDENT = "081290000001";
    private static final String RESIDENT_WA_ID = "6281290000001";

    @Autowired
    OutboundMessages outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    CustomerServiceWindow window;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TransactionTemplate tx;

    private CloudApiStandIn meta;
    /** Ahead of the real time that enqueue stamps (so what a test queues is due), moved on by hand. */
    private final TestClock clock =
            new TestClock(Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS));

    @BeforeEach
    void start() throws Exception {
        jdbc.sql("delete from outbound_message").update();
        meta = CloudApiStandIn.start();
    }

    @AfterEach
    void stop() {
        meta.close();
        jdbc.sql("delete from outbound_message").update();
        jdbc.sql("delete from inbound_message where message_id like 'wamid.OUTBOXTEST%'")
                .update();
    }

    private OutboxWorker worker(WhatsAppSending settings) {
        return new OutboxWorker(store, settings, json, clock, transactionManager);
    }

    private OutboxWorker worker() {
        return worker(OutboxSettings.on(meta.apiUrl()));
    }

    private long enqueue(String key, String text) {
        return tx.execute(s -> outbox.enqueue(key, null, RESIDENT, OutboundKind.REPLY, new OutboundContent.Text(text)));
    }

    private OutboxStore.Stored stored(String key) {
        return store.findByKey(key).orElseThrow();
    }

    @Test
    void a_message_is_queued_only_inside_the_transaction_of_its_cause_and_vanishes_with_its_rollback() {
        assertThatThrownBy(() ->
                        outbox.enqueue("no-tx", null, RESIDENT, OutboundKind.REPLY, new OutboundContent.Text("Halo")))
                .isInstanceOf(IllegalTransactionStateException.class);

        tx.executeWithoutResult(s -> {
            outbox.enqueue("rolled-back", null, RESIDENT, OutboundKind.REPLY, new OutboundContent.Text("Halo"));
            s.setRollbackOnly();
        });

        assertThat(store.findByKey("no-tx")).isEmpty();
        assertThat(store.findByKey("rolled-back")).isEmpty();
    }

    @Test
    void the_same_cause_queued_twice_is_one_message_with_the_residents_number_in_international_form() {
        long first = enqueue("case-1-event-1", "Dokumen Anda siap diambil.");
        long again = enqueue("case-1-event-1", "Dokumen Anda siap diambil.");

        assertThat(again).isEqualTo(first);
        OutboxStore.Stored m = stored("case-1-event-1");
        assertThat(m.recipient()).isEqualTo(RESIDENT_WA_ID);
        assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
        assertThat(m.attempts()).isZero();
        assertThat(m.createdBy()).isEqualTo("system");
        assertThat(jdbc.sql("select count(*) from outbound_message")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_key_or_number_a_message_cannot_have_is_refused() {
        assertThatThrownBy(() -> tx.execute(s -> outbox.enqueue(
                        "with space", null, RESIDENT, OutboundKind.REPLY, new OutboundContent.Text("Halo"))))
                .isInstanceOf(OutboxException.class)
                .hasMessage("outbox.error.key");
        assertThatThrownBy(() -> tx.execute(s ->
                        outbox.enqueue("k", null, "ID.6281234", OutboundKind.REPLY, new OutboundContent.Text("Halo"))))
                .isInstanceOf(OutboxException.class)
                .hasMessage("outbox.error.recipient");
        assertThatThrownBy(() -> new OutboundContent.Text("x".repeat(4097))).isInstanceOf(OutboxException.class);
    }

    @Test
    void a_due_message_is_sent_once_and_records_metas_message_id() {
        enqueue("send-once", "Syarat KTP-el: fotokopi KK.");

        assertThat(worker().sendDue()).isEqualTo(1);
        assertThat(worker().sendDue()).isZero();

        OutboxStore.Stored m = stored("send-once");
        assertThat(m.status()).isEqualTo(OutboundStatus.SENT);
        assertThat(m.waMessageId()).isEqualTo("wamid.STANDIN1");
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.leaseUntil()).isNull();
        assertThat(m.sentAt()).isEqualTo(clock.instant());
        assertThat(meta.requestsPerKey()).containsExactly(Map.entry("send-once", 1L));
        assertThat(meta.requests().get(0).body().path("to").asText()).isEqualTo(RESIDENT_WA_ID);
    }

    @Test
    void a_server_error_is_retried_after_the_backoff_and_not_before() {
        meta.then(CloudApiStandIn.error(500, 131000, "Something went wrong"));
        enqueue("retry-500", "Halo");
        OutboxWorker worker = worker();

        assertThat(worker.sendDue()).isZero();
        OutboxStore.Stored failed = stored("retry-500");
        assertThat(failed.status()).isEqualTo(OutboundStatus.PENDING);
        assertThat(failed.lastErrorCode()).isEqualTo("131000");
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(OutboxSettings.BACKOFF_BASE));

        clock.advance(OutboxSettings.BACKOFF_BASE.minusSeconds(1));
        assertThat(worker.sendDue()).isZero();
        assertThat(meta.requests()).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.sendDue()).isEqualTo(1);
        OutboxStore.Stored sent = stored("retry-500");
        assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastErrorCode()).isNull();
        assertThat(meta.requestsPerKey()).containsExactly(Map.entry("retry-500", 2L));
    }

    @Test
    void the_waits_double_and_after_the_last_attempt_the_message_fails_with_the_error_code() {
        WhatsAppSending threeAttempts = OutboxSettings.on(meta.apiUrl(), Duration.ofSeconds(10), 3, 50);
        meta.then(
                CloudApiStandIn.error(503, 2, "Service temporarily unavailable"),
                CloudApiStandIn.error(503, 2, "Service temporarily unavailable"),
                CloudApiStandIn.error(503, 2, "Service temporarily unavailable"));
        enqueue("give-up", "Halo");
        OutboxWorker worker = worker(threeAttempts);
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt <= 2; attempt++) {
            Instant before = clock.instant();
            worker.sendDue();
            OutboxStore.Stored m = stored("give-up");
            assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
            waits.add(Duration.between(before, m.nextAttemptAt()));
            clock.advance(Duration.between(before, m.nextAttemptAt()));
        }
        worker.sendDue();

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60));
        OutboxStore.Stored m = stored("give-up");
        assertThat(m.status()).isEqualTo(OutboundStatus.FAILED);
        assertThat(m.attempts()).isEqualTo(3);
        assertThat(m.lastErrorCode()).isEqualTo("2");
        assertThat(m.lastErrorText()).contains("Service temporarily unavailable");
        clock.advance(Duration.ofDays(1));
        assertThat(worker.sendDue()).isZero();
        assertThat(meta.requests()).hasSize(3);
    }

    @Test
    void a_rate_limit_waits_as_long_as_the_server_asks() {
        meta.then(CloudApiStandIn.rateLimited(300));
        enqueue("rate-limited", "Halo");

        worker().sendDue();

        OutboxStore.Stored m = stored("rate-limited");
        assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
        assertThat(m.lastErrorCode()).isEqualTo("130429");
        assertThat(m.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(300));
    }

    @Test
    void a_time_out_is_retried_and_the_message_then_goes_out() {
        meta.then(CloudApiStandIn.held());
        enqueue("timed-out", "Halo");
        OutboxWorker impatient = worker(OutboxSettings.on(meta.apiUrl(), Duration.ofMillis(400), 5, 50));

        assertThat(impatient.sendDue()).isZero();
        OutboxStore.Stored m = stored("timed-out");
        assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
        assertThat(m.lastErrorCode()).isEqualTo("timeout");

        meta.release();
        clock.advance(OutboxSettings.BACKOFF_BASE);
        assertThat(impatient.sendDue()).isEqualTo(1);
        assertThat(stored("timed-out").status()).isEqualTo(OutboundStatus.SENT);
        assertThat(meta.requestsPerKey()).containsExactly(Map.entry("timed-out", 2L));
    }

    @Test
    void a_refusal_other_than_a_rate_limit_fails_the_message_at_once_with_metas_error_code() {
        meta.then(CloudApiStandIn.error(400, 131026, "Message undeliverable"));
        enqueue("refused", "Halo");

        assertThat(worker().sendDue()).isZero();

        OutboxStore.Stored m = stored("refused");
        assertThat(m.status()).isEqualTo(OutboundStatus.FAILED);
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.lastErrorCode()).isEqualTo("131026");
        assertThat(m.lastErrorText()).contains("Message undeliverable");
        clock.advance(Duration.ofDays(1));
        assertThat(worker().sendDue()).isZero();
        assertThat(meta.requests()).hasSize(1);
    }

    @Test
    void without_a_token_nothing_is_claimed_and_nothing_sent() {
        enqueue("no-token", "Halo");
        OutboxWorker off = worker(OutboxSettings.withoutToken(meta.apiUrl()));

        off.poll();
        assertThat(off.sendDue()).isZero();

        OutboxStore.Stored m = stored("no-token");
        assertThat(m.status()).isEqualTo(OutboundStatus.PENDING);
        assertThat(m.attempts()).isZero();
        assertThat(meta.requests()).isEmpty();
    }

    @Test
    void a_claim_skips_a_message_another_instance_is_claiming_at_the_same_moment() throws Exception {
        enqueue("first", "Halo 1");
        enqueue("second", "Halo 2");
        CountDownLatch claimedByA = new CountDownLatch(1);
        CountDownLatch bDone = new CountDownLatch(1);
        ExecutorService a = Executors.newSingleThreadExecutor();
        try {
            // Instance A claims in a transaction it keeps open (its row stays locked) until B has claimed.
            Future<Optional<OutboxStore.Claimed>> aClaim =
                    a.submit(() -> new TransactionTemplate(transactionManager).execute(s -> {
                        Optional<OutboxStore.Claimed> c =
                                store.claimNext(clock.instant(), clock.instant().plus(OutboxSettings.LEASE));
                        claimedByA.countDown();
                        try {
                            bDone.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return c;
                    }));
            assertThat(claimedByA.await(10, TimeUnit.SECONDS)).isTrue();
            Optional<OutboxStore.Claimed> bClaim = worker().claim();
            Optional<OutboxStore.Claimed> bAgain = worker().claim();
            bDone.countDown();

            assertThat(aClaim.get(10, TimeUnit.SECONDS).orElseThrow().key()).isEqualTo("first");
            assertThat(bClaim.orElseThrow().key()).isEqualTo("second");
            assertThat(bAgain).isEmpty();
        } finally {
            bDone.countDown();
            a.shutdownNow();
        }
    }

    @Test
    void two_instances_working_the_same_outbox_at_once_send_every_message_exactly_once() throws Exception {
        int messages = 60;
        tx.executeWithoutResult(s -> IntStream.range(0, messages)
                .forEach(i -> outbox.enqueue(
                        "race-" + i,
                        null,
                        "0812900001" + String.format("%02d", i),
                        OutboundKind.CASE_READY,
                        new OutboundContent.Text("Siap " + i))));
        WhatsAppSending settings = OutboxSettings.on(meta.apiUrl(), Duration.ofSeconds(10), 5, 1000);
        List<OutboxWorker> instances = List.of(worker(settings), worker(settings), worker(settings));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboxWorker w : instances) {
                sent.add(threads.submit(() -> {
                    go.await();
                    return w.sendDue();
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : sent) {
                total += f.get(60, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(messages);
        } finally {
            threads.shutdownNow();
        }
        Map<String, Long> perKey = meta.requestsPerKey();
        assertThat(perKey).hasSize(messages);
        assertThat(perKey.values()).containsOnly(1L);
        assertThat(jdbc.sql("select count(*) from outbound_message where status = 'SENT' and attempts = 1"
                                + " and wa_message_id is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(messages);
        assertThat(jdbc.sql("select count(distinct wa_message_id) from outbound_message")
                        .query(Long.class)
                        .single())
                .isEqualTo(messages);
    }

    @Test
    void a_message_whose_worker_died_between_claim_and_send_goes_out_once_its_lease_has_expired() {
        enqueue("crashed", "Halo");
        // Instance A claims and dies before it sends: the claim is committed, nothing went out.
        OutboxStore.Claimed stale = worker().claim().orElseThrow();
        OutboxWorker b = worker();

        assertThat(b.sendDue()).isZero();
        clock.advance(OutboxSettings.LEASE.minusSeconds(1));
        assertThat(b.sendDue()).isZero();
        assertThat(meta.requests()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(b.sendDue()).isEqualTo(1);

        OutboxStore.Stored m = stored("crashed");
        assertThat(m.status()).isEqualTo(OutboundStatus.SENT);
        assertThat(m.attempts()).isEqualTo(2);
        assertThat(meta.requestsPerKey()).containsExactly(Map.entry("crashed", 1L));
        // Should A come back to life with its old claim, it can record nothing over B's result.
        Boolean lateSent = tx.execute(s -> store.markSent(stale, "wamid.STALE", clock.instant()));
        Boolean lateFailure = tx.execute(s -> store.markFailed(stale, "io", "late", clock.instant()));
        assertThat(lateSent).isFalse();
        assertThat(lateFailure).isFalse();
        assertThat(stored("crashed").waMessageId()).isEqualTo("wamid.STANDIN1");
        assertThat(stored("crashed").status()).isEqualTo(OutboundStatus.SENT);
    }

    @Test
    void a_worker_that_lost_its_claim_records_nothing_over_the_worker_that_holds_it_now() {
        enqueue("lost-claim", "Halo");
        OutboxStore.Claimed a = worker().claim().orElseThrow();
        clock.advance(OutboxSettings.LEASE);
        OutboxStore.Claimed b = worker().claim().orElseThrow();

        Boolean aFailed = tx.execute(s -> store.markFailed(a, "io", "late", clock.instant()));
        Boolean aRetry = tx.execute(s -> store.markRetry(a, "io", "late", clock.instant(), clock.instant()));
        Boolean aSent = tx.execute(s -> store.markSent(a, "wamid.A", clock.instant()));

        assertThat(List.of(aFailed, aRetry, aSent)).containsOnly(false);
        OutboxStore.Stored m = stored("lost-claim");
        assertThat(m.status()).isEqualTo(OutboundStatus.SENDING);
        assertThat(m.attempts()).isEqualTo(2);
        assertThat(m.waMessageId()).isNull();
        Boolean bSent = tx.execute(s -> store.markSent(b, "wamid.B", clock.instant()));
        assertThat(bSent).isTrue();
        assertThat(stored("lost-claim").waMessageId()).isEqualTo("wamid.B");
    }

    @Test
    void after_a_restart_the_pending_messages_go_out_once_and_the_sent_ones_not_again() {
        enqueue("restart-1", "Halo 1");
        enqueue("restart-2", "Halo 2");
        enqueue("restart-3", "Halo 3");
        assertThat(worker(OutboxSettings.on(meta.apiUrl(), Duration.ofSeconds(10), 5, 1))
                        .sendDue())
                .isEqualTo(1);

        // The application restarts: new workers, new HTTP clients, the same database.
        assertThat(worker().sendDue()).isEqualTo(2);
        assertThat(worker().sendDue()).isZero();

        assertThat(meta.requestsPerKey())
                .containsOnly(Map.entry("restart-1", 1L), Map.entry("restart-2", 1L), Map.entry("restart-3", 1L));
    }

    @Test
    void a_message_whose_last_attempts_were_claimed_by_dying_workers_is_given_up_without_another_send() {
        enqueue("poison", "Halo");
        WhatsAppSending twoAttempts = OutboxSettings.on(meta.apiUrl(), Duration.ofSeconds(10), 2, 50);
        worker(twoAttempts).claim().orElseThrow();
        clock.advance(OutboxSettings.LEASE);
        worker(twoAttempts).claim().orElseThrow();
        clock.advance(OutboxSettings.LEASE);

        assertThat(worker(twoAttempts).sendDue()).isZero();

        OutboxStore.Stored m = stored("poison");
        assertThat(m.status()).isEqualTo(OutboundStatus.FAILED);
        assertThat(m.lastErrorCode()).isEqualTo("attempts");
        assertThat(meta.requests()).isEmpty();
    }

    @Test
    void the_window_is_read_from_the_residents_last_inbound_message_under_any_way_of_writing_the_number() {
        assertThat(window.stateFor(RESIDENT).mode()).isEqualTo(CustomerServiceWindow.Mode.TEMPLATE);
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, message_type, body, received_at)
                values ('WHATSAPP', 'wamid.OUTBOXTEST1', :sender, 'text', 'Syaratnya apa saja?', :old),
                       ('WHATSAPP', 'wamid.OUTBOXTEST2', :sender, 'text', 'Halo?', :at)""")
                .param("sender", RESIDENT_WA_ID)
                .param("old", Timestamp.from(hourAgo.minus(Duration.ofDays(3))))
                .param("at", Timestamp.from(hourAgo))
                .update();

        CustomerServiceWindow.State state = window.stateFor("+62 812-9000-0001");

        assertThat(state.mode()).isEqualTo(CustomerServiceWindow.Mode.FREE_TEXT);
        assertThat(state.lastInboundAt()).isEqualTo(hourAgo);
        assertThat(window.stateFor("081290000002").mode()).isEqualTo(CustomerServiceWindow.Mode.TEMPLATE);
    }

    @Test
    void a_template_message_keeps_its_name_language_and_parameters_through_the_outbox() {
        tx.execute(s -> outbox.enqueue(
                "template-1",
                null,
                RESIDENT,
                OutboundKind.CASE_READY,
                new OutboundContent.Template("dukcapil_dokumen_siap", "id", List.of("PPU-2026-0000001", "Loket 2"))));

        worker().sendDue();

        assertThat(stored("template-1").content())
                .isEqualTo(new OutboundContent.Template(
                        "dukcapil_dokumen_siap", "id", List.of("PPU-2026-0000001", "Loket 2")));
        assertThat(meta.requests()
                        .get(0)
                        .body()
                        .path("template")
                        .path("components")
                        .get(0)
                        .path("parameters")
                        .findValuesAsText("text"))
                .containsExactly("PPU-2026-0000001", "Loket 2");
    }

    @Test
    void the_log_names_messages_by_id_kind_and_error_code_never_by_number_text_or_token() {
        Logger intake = (Logger) LoggerFactory.getLogger("id.ppu.dukcapil.intake");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        intake.addAppender(appender);
        try {
            meta.then(
                    CloudApiStandIn.error(500, 131000, "Something went wrong"),
                    CloudApiStandIn.error(400, 131026, "Message undeliverable for 6281290000001"));
            enqueue("log-1", "Rahasia warga: NIK 6409014501900003");
            enqueue("log-2", "Rahasia warga: NIK 6409014501900003");
            OutboxWorker worker = worker();
            worker.sendDue();
            clock.advance(Duration.ofHours(1));
            worker.sendDue();

            assertThat(appender.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("queued"))
                    .anySatisfy(m -> assertThat(m).contains("131026"))
                    .anySatisfy(m -> assertThat(m).contains("sent"))
                    .allSatisfy(m -> assertThat(m)
                            .doesNotContain(
                                    "81290000001",
                                    "Rahasia",
                                    "6409014501900003",
                                    CloudApiStandIn.TOKEN,
                                    "Message undeliverable"));
        } finally {
            intake.detachAppender(appender);
        }
    }
}
