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
 * Fetches residents' media into the database, as {@link OutboxWorker} sends the outbox: each media
 * is claimed in a short transaction of its own (committed before the fetch, with a lease), fetched
 * with no transaction and no database connection held, and its outcome recorded in another short
 * transaction, fenced by the attempt that claimed it. So two instances never fetch the same media,
 * and media whose worker died mid-fetch is fetched once its lease has expired.
 *
 * <p>5xx answers, rate limits, time-outs and broken connections are retried after an exponentially
 * growing wait ({@link Backoff}), up to the configured attempts; any other refusal, and bytes that
 * do not match Meta's SHA-256, fail the media at once. Media over the size limit is TOO_LARGE and
 * not stored. Without an access token nothing is claimed and nothing fetched.
 */
@Component
class MediaFetcher {

    private static final Logger log = LoggerFactory.getLogger(MediaFetcher.class);

    private final MediaStore store;
    private final WhatsAppSending sending;
    private final MediaSettings settings;
    private final MediaClient client;
    private final Backoff backoff;
    private final Clock clock;
    private final TransactionTemplate transactions;

    MediaFetcher(
            MediaStore store,
            WhatsAppSending sending,
            MediaSettings settings,
            ObjectMapper json,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.sending = sending;
        this.settings = settings;
        this.client = new MediaClient(sending, settings, json);
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax());
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether media are fetched: an access token and a URL that keeps it off the wire in clear text. */
    boolean enabled() {
        return MediaSettings.offReason(sending).isEmpty();
    }

    /** Every few seconds on every instance; the claims keep the instances apart. */
    @Scheduled(
            fixedDelayString = "${app.whatsapp.media.poll-millis:5000}",
            initialDelayString = "${app.whatsapp.media.poll-millis:5000}")
    void poll() {
        if (!enabled()) {
            return;
        }
        try {
            fetchDue();
        } catch (DataAccessException e) {
            log.warn("Media run stopped: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Fetches the media that are due, one claim at a time, at most the configured batch.
     *
     * @return how many were stored
     */
    int fetchDue() {
        if (!enabled()) {
            return 0;
        }
        int stored = 0;
        for (int i = 0; i < settings.batch(); i++) {
            Optional<MediaStore.Claimed> claimed = claim();
            if (claimed.isEmpty()) {
                break;
            }
            if (attempt(claimed.get())) {
                stored++;
            }
        }
        return stored;
    }

    /** Claims the next due media in a transaction of its own, committed before anything is fetched. */
    Optional<MediaStore.Claimed> claim() {
        Instant now = clock.instant();
        return transactions.execute(status -> store.claimNext(now, now.plus(settings.lease())));
    }

    private boolean attempt(MediaStore.Claimed c) {
        if (c.attempt() > settings.maxAttempts()) {
            // Its last attempts were claimed by workers that died.
            record(
                    () -> store.markFailed(
                            c, "attempts", "Gave up after " + settings.maxAttempts() + " attempts", clock.instant()),
                    c,
                    "given up");
            return false;
        }
        MediaClient.Result result;
        try {
            result = client.fetch(c.mediaId());
        } catch (RuntimeException e) {
            result = new MediaClient.Result.Retry("error", e.getClass().getSimpleName(), null);
        }
        Instant now = clock.instant();
        if (result instanceof MediaClient.Result.Fetched f) {
            boolean held = Boolean.TRUE.equals(
                    transactions.execute(s -> store.markStored(c, f.bytes(), f.mimeType(), f.sha256(), now)));
            log.info(
                    "Media {} stored ({} bytes), attempt {}{}",
                    c.id(),
                    f.bytes().length,
                    c.attempt(),
                    held ? "" : "; its claim had moved on meanwhile, nothing stored");
            return held;
        }
        if (result instanceof MediaClient.Result.TooLarge t) {
            record(
                    () -> store.markTooLarge(c, t.size(), t.mimeType(), t.code(), t.text(), now),
                    c,
                    "too large (" + t.code() + "), not stored");
            return false;
        }
        if (result instanceof MediaClient.Result.Retry r) {
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
                        "not fetched (" + r.code() + "), attempt " + c.attempt() + ", next at " + next);
            }
            return false;
        }
        MediaClient.Result.Failed failed = (MediaClient.Result.Failed) result;
        record(() -> store.markFailed(c, failed.code(), failed.text(), now), c, "failed (" + failed.code() + ")");
        return false;
    }

    private void record(BooleanSupplier update, MediaStore.Claimed c, String what) {
        boolean held = Boolean.TRUE.equals(transactions.execute(s -> update.getAsBoolean()));
        if (held) {
            log.warn("Media {} {}", c.id(), what);
        } else {
            log.info("Media {} {}, but its claim had moved on meanwhile", c.id(), what);
        }
    }
}
