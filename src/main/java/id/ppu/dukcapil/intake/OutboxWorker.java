package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each message is claimed in a short transaction of its own (the claim commits
 * before the send, with a lease), sent with no transaction and no database connection held, and
 * its outcome recorded in another short transaction, fenced by the attempt that claimed it: a
 * worker that lost its claim records nothing. So two instances never send the same message, and a
 * message whose worker died between claim and send goes out once its lease has expired.
 *
 * <p>5xx answers, rate limits (429 and Meta's rate-limit codes), time-outs and broken connections
 * are retried after an exponentially growing wait, up to the configured attempts; any other
 * refusal fails the message at once with Meta's error code. Without an access token nothing is
 * claimed and nothing sent.
 *
 * <p>What cannot be made exactly-once is an answer that never reaches us after Meta accepted the
 * message (a time-out, a crash right after the send): the message is then sent again, unless its
 * delivery status, which carries its idempotency key, has arrived by then and marked it sent.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final WhatsAppSending settings;
    private final CloudApiClient client;
    private final Backoff backoff;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OutboxWorker(
            OutboxStore store,
            WhatsAppSending settings,
            ObjectMapper json,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.settings = settings;
        this.client = new CloudApiClient(settings, json);
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax());
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every few seconds on every instance; the claims keep the instances apart. */
    @Scheduled(
            fixedDelayString = "${app.whatsapp.sending.poll-millis:2000}",
            initialDelayString = "${app.whatsapp.sending.poll-millis:2000}")
    void poll() {
        if (!settings.enabled()) {
            return;
        }
        try {
            sendDue();
        } catch (DataAccessException e) {
            // The database is away; the next run tries again. The exception's class is enough (no data in it).
            log.warn("Outbox run stopped: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Sends the messages that are due, one claim at a time, at most the configured batch.
     *
     * @return how many were accepted by Meta
     */
    int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int accepted = 0;
        for (int i = 0; i < settings.batch(); i++) {
            Optional<OutboxStore.Claimed> claimed = claim();
            if (claimed.isEmpty()) {
                break;
            }
            if (attempt(claimed.get())) {
                accepted++;
            }
        }
        return accepted;
    }

    /** Claims the next due message in a transaction of its own, committed before anything is sent. */
    Optional<OutboxStore.Claimed> claim() {
        Instant now = clock.instant();
        return transactions.execute(status -> store.claimNext(now, now.plus(settings.lease())));
    }

    private boolean attempt(OutboxStore.Claimed c) {
        if (c.attempt() > settings.maxAttempts()) {
            // Its last attempts were claimed by workers that died: it is not sent again without an administrator.
            record(
                    () -> store.markFailed(
                            c, "attempts", "Gave up after " + settings.maxAttempts() + " attempts", clock.instant()),
                    c,
                    "given up");
            return false;
        }
        CloudApiClient.Result result;
        try {
            result = client.send(c.key(), c.recipient(), c.content());
        } catch (RuntimeException e) {
            result = new CloudApiClient.Result.Retry("error", e.getClass().getSimpleName(), null);
        }
        Instant now = clock.instant();
        if (result instanceof CloudApiClient.Result.Accepted a) {
            boolean held = Boolean.TRUE.equals(transactions.execute(s -> store.markSent(c, a.waMessageId(), now)));
            log.info(
                    "Outbound message {} ({}) sent, attempt {}{}",
                    c.id(),
                    c.kind(),
                    c.attempt(),
                    held ? "" : "; a delivery status was faster");
            return true;
        }
        if (result instanceof CloudApiClient.Result.Retry r) {
            if (c.attempt() >= settings.maxAttempts()) {
                record(
                        () -> store.markFailed(c, r.code(), r.text(), now),
                        c,
                        "failed for good after " + c.attempt() + " attempts (" + r.code() + ")");
            } else {
                Instant next = now.plus(backoff.delay(c.attempt(), r.retryAfter()));
                record(
                        () -> store.markRetry(c, r.code(), r.text(), next, now),
                        c,
                        "not sent (" + r.code() + "), attempt " + c.attempt() + ", next at " + next);
            }
            return false;
        }
        CloudApiClient.Result.Refused refused = (CloudApiClient.Result.Refused) result;
        record(() -> store.markFailed(c, refused.code(), refused.text(), now), c, "refused (" + refused.code() + ")");
        return false;
    }

    private void record(BooleanSupplier update, OutboxStore.Claimed c, String what) {
        boolean held = Boolean.TRUE.equals(transactions.execute(s -> update.getAsBoolean()));
        if (held) {
            log.warn("Outbound message {} ({}) {}", c.id(), c.kind(), what);
        } else {
            log.info("Outbound message {} ({}) {}, but its status had moved on meanwhile", c.id(), c.kind(), what);
        }
    }
}
