package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Residents' media fetched into the database against PostgreSQL and a local stand-in of the Cloud
 * API's media endpoints over real HTTP: queued with its message, fetched with the token in two
 * requests, stored with its SHA-256, refused before the download when too large, cut off at the
 * limit when the declared size was false, retried on 5xx and time-outs, failed on 4xx and on a hash
 * that does not match, and fetched exactly once by two workers at once. Time moves by a test clock.
 */
@SpringBootTest
class MediaFetcherIT {

    /** Message ids of this class start with wamid.MEDIATEST; senders with 6281990. */
    private static final String SENDER = "6281990000001";

    private static final long LIMIT = 64 * 1024;

    @Autowired
    InboundMessages messages;

    @Autowired
    MediaStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TransactionTemplate tx;

    private MediaStandIn meta;
    /** Ahead of the real time that queuing stamps, so what a test queues is due; moved on by hand. */
    private final TestClock clock =
            new TestClock(Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS));

    private final Random random = new Random(11);

    @BeforeEach
    void start() throws Exception {
        jdbc.sql("delete from inbound_media").update();
        meta = MediaStandIn.start();
    }

    @AfterEach
    void stop() {
        meta.close();
        jdbc.sql("delete from inbound_message where message_id like 'wamid.MEDIATEST%'")
                .update();
        jdbc.sql("delete from inbound_media").update();
    }

    private static MediaSettings settings(Duration requestTimeout, int maxAttempts) {
        return new MediaSettings(
                DataSize.ofBytes(LIMIT),
                Duration.ofSeconds(2),
                requestTimeout,
                Duration.ofMinutes(2),
                maxAttempts,
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                100);
    }

    private MediaFetcher fetcher(WhatsAppSending sending, MediaSettings settings) {
        return new MediaFetcher(store, sending, settings, json, clock, transactionManager);
    }

    private MediaFetcher fetcher() {
        return fetcher(OutboxSettings.on(meta.apiUrl()), settings(Duration.ofSeconds(10), 5));
    }

    /** Stores a message of {@code type} with {@code mediaId} as the webhook would; its media is queued with it. */
    private long receive(String messageId, String type, String mediaId, String mimeType) {
        return tx.execute(s -> messages.insertIfNew(new InboundText(
                                messageId,
                                SENDER,
                                "Rina",
                                Instant.now().minusSeconds(60),
                                type,
                                "ini KK saya",
                                mediaId,
                                mimeType,
                                "document".equals(type) ? "kk.pdf" : null,
                                null,
                                null,
                                null,
                                null)
                        .storable()))
                .orElseThrow();
    }

    private Map<String, Object> media(long messageRow) {
        return jdbc.sql("""
                select id, status, mime_type, size_bytes, sha256, attempts, next_attempt_at, last_error_code, fetched_at,
                    (select bytes from inbound_media_content where media_row_id = m.id) as bytes
                from inbound_media m where inbound_message_id = :id""").param("id", messageRow).query().singleRow();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Test
    void a_message_with_media_queues_it_in_its_own_transaction_and_a_text_or_a_rollback_queues_nothing() {
        long photo = receive("wamid.MEDIATEST1", "image", "3101", "image/jpeg");
        long text = tx.execute(s -> messages.insertIfNew(
                        new InboundText("wamid.MEDIATEST2", SENDER, "Rina", Instant.now(), "Halo")))
                .orElseThrow();
        tx.executeWithoutResult(s -> {
            messages.insertIfNew(new InboundText(
                    "wamid.MEDIATEST3",
                    SENDER,
                    "Rina",
                    Instant.now(),
                    "image",
                    null,
                    "3103",
                    "image/jpeg",
                    null,
                    null,
                    null,
                    null,
                    null));
            s.setRollbackOnly();
        });
        tx.execute(s -> messages.insertIfNew(new InboundText(
                "wamid.MEDIATEST1",
                SENDER,
                "Rina",
                Instant.now(),
                "image",
                null,
                "3101",
                "image/jpeg",
                null,
                null,
                null,
                null,
                null)));

        assertThat(media(photo))
                .containsEntry("status", "PENDING")
                .containsEntry("mime_type", "image/jpeg")
                .containsEntry("attempts", 0);
        assertThat(jdbc.sql("select count(*) from inbound_media where inbound_message_id = :id")
                        .param("id", text)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from inbound_media")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_photo_is_fetched_with_the_token_in_two_requests_and_stored_with_its_bytes_and_sha256() {
        byte[] photo = bytes(40_000);
        meta.media("3201", photo, "image/jpeg");
        long row = receive("wamid.MEDIATEST10", "image", "3201", null);

        assertThat(fetcher().fetchDue()).isEqualTo(1);
        assertThat(fetcher().fetchDue()).isZero();

        Map<String, Object> m = media(row);
        assertThat(m)
                .containsEntry("status", "STORED")
                .containsEntry("mime_type", "image/jpeg")
                .containsEntry("size_bytes", 40_000L)
                .containsEntry("sha256", MediaClient.sha256(photo))
                .containsEntry("attempts", 1);
        assertThat((byte[]) m.get("bytes")).isEqualTo(photo);
        assertThat(m.get("fetched_at")).isNotNull();
        assertThat(meta.requests())
                .extracting(MediaStandIn.Received::path)
                .containsExactly("/v25.0/3201", "/download/3201");
        assertThat(meta.requests())
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + CloudApiStandIn.TOKEN));
        assertThat(meta.requests().get(1).query()).isEqualTo("ext=1700000000&hash=ATuZ");
    }

    @Test
    void media_declared_over_the_limit_is_too_large_and_its_bytes_are_never_requested() {
        meta.declaring("3301", bytes(100), "application/pdf", 12_000_000);
        long row = receive("wamid.MEDIATEST20", "document", "3301", "application/pdf");

        assertThat(fetcher().fetchDue()).isZero();

        assertThat(media(row))
                .containsEntry("status", "TOO_LARGE")
                .containsEntry("size_bytes", 12_000_000L)
                .containsEntry("last_error_code", "size.declared")
                .containsEntry("bytes", null);
        assertThat(meta.infoRequests("3301")).isEqualTo(1);
        assertThat(meta.downloadRequests("3301")).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(fetcher().fetchDue()).isZero();
        assertThat(meta.requests()).hasSize(1);
    }

    @Test
    void a_download_longer_than_its_declared_size_is_stopped_at_the_limit_and_nothing_is_stored() throws Exception {
        long stream = 64L * 1024 * 1024;
        meta.streaming("3401", 1_000, stream, false);
        long row = receive("wamid.MEDIATEST30", "document", "3401", "application/pdf");

        assertThat(fetcher().fetchDue()).isZero();

        assertThat(media(row))
                .containsEntry("status", "TOO_LARGE")
                .containsEntry("size_bytes", null)
                .containsEntry("last_error_code", "size.exceeded")
                .containsEntry("bytes", null);
        // The client stopped reading: the stand-in could not get the whole stream onto the wire.
        assertThat(meta.servedBytes("3401")).isLessThan(stream);
    }

    @Test
    void a_download_whose_length_is_announced_over_the_limit_is_not_read() throws Exception {
        long stream = 64L * 1024 * 1024;
        meta.streaming("3402", 1_000, stream, true);
        long row = receive("wamid.MEDIATEST31", "document", "3402", "application/pdf");

        assertThat(fetcher().fetchDue()).isZero();

        assertThat(media(row)).containsEntry("status", "TOO_LARGE").containsEntry("last_error_code", "size.exceeded");
        assertThat(meta.servedBytes("3402")).isLessThan(stream);
    }

    @Test
    void a_server_error_is_retried_after_the_backoff_and_then_the_media_is_stored() {
        byte[] photo = bytes(5_000);
        meta.media("3501", photo, "image/jpeg").thenInfo(MediaStandIn.error(500, 131000, "Something went wrong"));
        long row = receive("wamid.MEDIATEST40", "image", "3501", "image/jpeg");
        MediaFetcher fetcher = fetcher();

        assertThat(fetcher.fetchDue()).isZero();
        Map<String, Object> retry = media(row);
        assertThat(retry).containsEntry("status", "PENDING").containsEntry("last_error_code", "131000");
        assertThat(((Timestamp) retry.get("next_attempt_at")).toInstant())
                .isEqualTo(clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(fetcher.fetchDue()).isZero();
        assertThat(meta.infoRequests("3501")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(fetcher.fetchDue()).isEqualTo(1);
        Map<String, Object> stored = media(row);
        assertThat(stored)
                .containsEntry("status", "STORED")
                .containsEntry("attempts", 2)
                .containsEntry("last_error_code", null);
        assertThat((byte[]) stored.get("bytes")).isEqualTo(photo);
        assertThat(meta.infoRequests("3501")).isEqualTo(2);
        assertThat(meta.downloadRequests("3501")).isEqualTo(1);
    }

    @Test
    void a_download_that_times_out_is_retried_and_then_stored() {
        byte[] photo = bytes(5_000);
        meta.media("3502", photo, "image/jpeg").thenDownload(MediaStandIn.held());
        long row = receive("wamid.MEDIATEST41", "image", "3502", "image/jpeg");
        MediaFetcher impatient = fetcher(OutboxSettings.on(meta.apiUrl()), settings(Duration.ofMillis(400), 5));

        assertThat(impatient.fetchDue()).isZero();
        assertThat(media(row)).containsEntry("status", "PENDING").containsEntry("last_error_code", "timeout");

        meta.release();
        clock.advance(Duration.ofSeconds(30));
        assertThat(impatient.fetchDue()).isEqualTo(1);
        assertThat(media(row)).containsEntry("status", "STORED");
        assertThat(meta.downloadRequests("3502")).isEqualTo(2);
    }

    @Test
    void media_meta_no_longer_has_fails_at_once_and_is_not_asked_for_again() {
        meta.thenInfo(MediaStandIn.plain(404));
        long row = receive("wamid.MEDIATEST50", "image", "3601", "image/jpeg");

        assertThat(fetcher().fetchDue()).isZero();

        assertThat(media(row))
                .containsEntry("status", "FAILED")
                .containsEntry("attempts", 1)
                .containsEntry("last_error_code", "http.404")
                .containsEntry("bytes", null);
        clock.advance(Duration.ofDays(1));
        assertThat(fetcher().fetchDue()).isZero();
        assertThat(meta.requests()).hasSize(1);
    }

    @Test
    void bytes_that_do_not_match_metas_sha256_are_not_stored() {
        meta.hashing("3701", bytes(3_000), "image/jpeg", MediaClient.sha256(new byte[] {1, 2, 3}));
        long row = receive("wamid.MEDIATEST60", "image", "3701", "image/jpeg");

        assertThat(fetcher().fetchDue()).isZero();

        assertThat(media(row))
                .containsEntry("status", "FAILED")
                .containsEntry("last_error_code", "sha256")
                .containsEntry("sha256", null)
                .containsEntry("bytes", null);
        assertThat(meta.downloadRequests("3701")).isEqualTo(1);
    }

    @Test
    void without_a_token_nothing_is_claimed_and_nothing_fetched() {
        meta.media("3801", bytes(100), "image/jpeg");
        long row = receive("wamid.MEDIATEST70", "image", "3801", "image/jpeg");
        MediaFetcher off = fetcher(OutboxSettings.withoutToken(meta.apiUrl()), settings(Duration.ofSeconds(10), 5));

        off.poll();
        assertThat(off.fetchDue()).isZero();

        assertThat(media(row)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(meta.requests()).isEmpty();
    }

    @Test
    void two_instances_fetching_at_once_fetch_each_media_exactly_once() throws Exception {
        int count = 40;
        List<byte[]> photos = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            byte[] photo = bytes(2_000 + i);
            photos.add(photo);
            meta.media("39" + i, photo, "image/jpeg");
            rows.add(receive("wamid.MEDIATEST8" + i, "image", "39" + i, "image/jpeg"));
        });
        // The first download to arrive is held: its instance waits in the fetch while the other works the queue.
        meta.thenDownload(MediaStandIn.held());
        // Patient instances: the held fetch must outlast the other instance's whole run.
        MediaSettings patient = settings(Duration.ofSeconds(25), 5);
        MediaFetcher a = fetcher(OutboxSettings.on(meta.apiUrl()), patient);
        MediaFetcher b = fetcher(OutboxSettings.on(meta.apiUrl()), patient);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (MediaFetcher f : List.of(a, b)) {
                runs.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                together.await(10, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            return f.fetchDue();
                        },
                        instances));
            }
            // One instance runs out of due media (the held one is claimed by the other) while the other still waits.
            CompletableFuture.anyOf(runs.get(0), runs.get(1)).get(60, TimeUnit.SECONDS);
            assertThat(runs.stream().filter(CompletableFuture::isDone)).hasSize(1);
            meta.release();
            List<Integer> stored =
                    List.of(runs.get(0).get(60, TimeUnit.SECONDS), runs.get(1).get(60, TimeUnit.SECONDS));

            assertThat(stored).containsExactlyInAnyOrder(1, count - 1);
        } finally {
            meta.release();
            instances.shutdownNow();
        }
        for (int i = 0; i < count; i++) {
            assertThat(meta.infoRequests("39" + i)).as("media 39" + i).isEqualTo(1);
            assertThat(meta.downloadRequests("39" + i)).as("media 39" + i).isEqualTo(1);
            Map<String, Object> m = media(rows.get(i));
            assertThat(m).containsEntry("status", "STORED").containsEntry("attempts", 1);
            assertThat((byte[]) m.get("bytes")).isEqualTo(photos.get(i));
        }
    }
}
