package id.ppu.dukcapil.intake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the Cloud API's media endpoints over real HTTP on a random port:
 * {@code GET /v25.0/{media-id}} answers the media's URL, MIME type, size and SHA-256 as the Graph
 * API does, and {@code GET /download/{media-id}?...} (the URL it names) the bytes. Sizes and hashes
 * can be declared false, a download can be a stream far longer than declared, and either endpoint
 * can be scripted to fail or to hold its answer until the test releases it. Records every request.
 */
final class MediaStandIn implements AutoCloseable {

    /** One request as received. */
    record Received(String method, String path, String query, String authorization) {}

    /** A scripted answer; {@code held} answers 200 only when the test releases it. */
    record Answer(int status, String body, String retryAfter, boolean held) {}

    /** Media the stand-in holds; a stream of {@code streamBytes} replaces the bytes when positive. */
    private record Media(
            byte[] bytes,
            String mimeType,
            Long declaredSize,
            String sha256,
            long streamBytes,
            boolean announceLength) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Answer> infoScript = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<Answer> downloadScript = new ConcurrentLinkedDeque<>();
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> downloadsDone = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    private MediaStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static MediaStandIn start() throws IOException {
        return new MediaStandIn();
    }

    /** The API base as WHATSAPP_API_URL would name it. */
    String apiUrl() {
        return base() + "/" + CloudApiStandIn.VERSION;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Media with its true size and SHA-256 (hex, as the media endpoint names it). */
    MediaStandIn media(String mediaId, byte[] bytes, String mimeType) {
        media.put(mediaId, new Media(bytes, mimeType, (long) bytes.length, MediaClient.sha256(bytes), 0, true));
        return this;
    }

    /** Media whose declared size is {@code declaredSize}, whatever its bytes. */
    MediaStandIn declaring(String mediaId, byte[] bytes, String mimeType, long declaredSize) {
        media.put(mediaId, new Media(bytes, mimeType, declaredSize, MediaClient.sha256(bytes), 0, true));
        return this;
    }

    /** Media whose declared SHA-256 is {@code sha256}, whatever its bytes. */
    MediaStandIn hashing(String mediaId, byte[] bytes, String mimeType, String sha256) {
        media.put(mediaId, new Media(bytes, mimeType, (long) bytes.length, sha256, 0, true));
        return this;
    }

    /**
     * Media declared {@code declaredSize} bytes whose download is a stream of {@code streamBytes},
     * with its length in a Content-Length header or chunked without one.
     */
    MediaStandIn streaming(String mediaId, long declaredSize, long streamBytes, boolean announceLength) {
        media.put(
                mediaId, new Media(null, "application/pdf", declaredSize, "0".repeat(64), streamBytes, announceLength));
        return this;
    }

    /** The next answers of the media endpoint, in order; after them it answers from the media held. */
    MediaStandIn thenInfo(Answer... answers) {
        infoScript.addAll(List.of(answers));
        return this;
    }

    /** The next answers of the download URL, in order; after them it serves the bytes. */
    MediaStandIn thenDownload(Answer... answers) {
        downloadScript.addAll(List.of(answers));
        return this;
    }

    /** An error in the Graph API's shape. */
    static Answer error(int status, int code, String message) {
        return new Answer(
                status,
                "{\"error\":{\"message\":\"(#" + code + ") " + message + "\",\"type\":\"OAuthException\",\"code\":"
                        + code + ",\"fbtrace_id\":\"AbCdEfG\"}}",
                null,
                false);
    }

    static Answer plain(int status) {
        return new Answer(status, "", null, false);
    }

    /** An answer from the media held that comes only when the test releases it (or closes the stand-in). */
    static Answer held() {
        return new Answer(200, null, null, true);
    }

    void release() {
        release.countDown();
    }

    List<Received> requests() {
        return new ArrayList<>(requests);
    }

    /** Requests of the media endpoint for {@code mediaId}. */
    long infoRequests(String mediaId) {
        return requests.stream()
                .filter(r -> r.path().equals("/" + CloudApiStandIn.VERSION + "/" + mediaId))
                .count();
    }

    /** Requests of the download URL of {@code mediaId}. */
    long downloadRequests(String mediaId) {
        return requests.stream()
                .filter(r -> r.path().equals("/download/" + mediaId))
                .count();
    }

    /**
     * The bytes of {@code mediaId} the stand-in got onto the wire before the client stopped reading
     * (or all of them), once its download has ended.
     */
    long servedBytes(String mediaId) throws InterruptedException {
        CountDownLatch done = downloadsDone.computeIfAbsent(mediaId, k -> new CountDownLatch(1));
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The download of " + mediaId + " did not end");
        }
        return served.getOrDefault(mediaId, new AtomicLong()).get();
    }

    private void handle(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        try {
            requests.add(new Received(
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            if (!("Bearer " + CloudApiStandIn.TOKEN)
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, error(401, 190, "Invalid OAuth access token"));
                return;
            }
            String infoPrefix = "/" + CloudApiStandIn.VERSION + "/";
            if (path.startsWith(infoPrefix)) {
                info(exchange, path.substring(infoPrefix.length()));
            } else if (path.startsWith("/download/")) {
                download(exchange, path.substring("/download/".length()));
            } else {
                respond(exchange, plain(404));
            }
        } catch (IOException e) {
            // The client gave up (a time-out, a download stopped at its limit): nothing to answer to.
        } finally {
            exchange.close();
        }
    }

    private void info(HttpExchange exchange, String mediaId) throws IOException {
        Answer scripted = infoScript.pollFirst();
        if (scripted != null && !awaitIfHeld(scripted)) {
            return;
        }
        if (scripted != null && !scripted.held()) {
            respond(exchange, scripted);
            return;
        }
        Media m = media.get(mediaId);
        if (m == null) {
            respond(
                    exchange,
                    error(400, 100, "Unsupported get request. Object with ID '" + mediaId + "' does not exist"));
            return;
        }
        String json = "{\"messaging_product\":\"whatsapp\",\"url\":\"" + base() + "/download/" + mediaId
                + "?ext=1700000000&hash=ATuZ\",\"mime_type\":\"" + m.mimeType() + "\",\"sha256\":\"" + m.sha256()
                + "\",\"file_size\":" + m.declaredSize() + ",\"id\":\"" + mediaId + "\"}";
        respond(exchange, new Answer(200, json, null, false));
    }

    private void download(HttpExchange exchange, String mediaId) throws IOException {
        CountDownLatch done = downloadsDone.computeIfAbsent(mediaId, k -> new CountDownLatch(1));
        AtomicLong written = served.computeIfAbsent(mediaId, k -> new AtomicLong());
        try {
            Answer scripted = downloadScript.pollFirst();
            if (scripted != null && !awaitIfHeld(scripted)) {
                return;
            }
            if (scripted != null && !scripted.held()) {
                respond(exchange, scripted);
                return;
            }
            Media m = media.get(mediaId);
            if (m == null) {
                respond(exchange, plain(404));
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", m.mimeType());
            if (m.streamBytes() <= 0) {
                exchange.sendResponseHeaders(200, m.bytes().length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(m.bytes());
                    written.addAndGet(m.bytes().length);
                }
                return;
            }
            exchange.sendResponseHeaders(200, m.announceLength() ? m.streamBytes() : 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream os = exchange.getResponseBody()) {
                for (long left = m.streamBytes(); left > 0; left -= chunk.length) {
                    int n = (int) Math.min(chunk.length, left);
                    os.write(chunk, 0, n);
                    written.addAndGet(n);
                }
            }
        } finally {
            done.countDown();
        }
    }

    /** Waits for the release of a held answer; false if the wait was interrupted. */
    private boolean awaitIfHeld(Answer a) {
        if (!a.held()) {
            return true;
        }
        try {
            release.await(30, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void respond(HttpExchange exchange, Answer a) throws IOException {
        byte[] out = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (a.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", a.retryAfter());
        }
        exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
