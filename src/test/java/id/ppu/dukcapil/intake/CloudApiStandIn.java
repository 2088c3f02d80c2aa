package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A local stand-in for the WhatsApp Business Cloud API over real HTTP on a random port: it answers
 * {@code POST /v25.0/{phone-number-id}/messages} as the Graph API does, with the scripted answers
 * in turn (then 200 with a fresh wamid), and records every request it got. Answers can be errors
 * in the Graph shape, rate limits with Retry-After, or held back until the test releases them (a
 * time-out for a client that gives up earlier).
 */
final class CloudApiStandIn implements AutoCloseable {

    static final String VERSION = "v25.0";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String TOKEN = "test-cloud-api-token";

    /** One request as received. */
    record Received(String method, String path, String authorization, String contentType, JsonNode body) {
        String key() {
            return body.path("biz_opaque_callback_data").asText(null);
        }
    }

    /** One scripted answer. */
    record Answer(int status, String body, String retryAfter, boolean held) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicLong ids = new AtomicLong();

    private CloudApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static CloudApiStandIn start() throws IOException {
        return new CloudApiStandIn();
    }

    /** The API base as WHATSAPP_API_URL would name it. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + VERSION;
    }

    /** The next answers, in order; after them every request is accepted. */
    CloudApiStandIn then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    static Answer accepted() {
        return new Answer(200, null, null, false);
    }

    /** An error in the Graph API's shape. */
    static Answer error(int status, int code, String message) {
        return new Answer(
                status,
                "{\"error\":{\"message\":\"(#" + code + ") " + message + "\",\"type\":\"OAuthException\",\"code\":"
                        + code + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + message + "\"},"
                        + "\"fbtrace_id\":\"AbCdEfG\"}}",
                null,
                false);
    }

    static Answer rateLimited(int retryAfterSeconds) {
        Answer e = error(429, 130429, "Rate limit hit");
        return new Answer(429, e.body(), String.valueOf(retryAfterSeconds), false);
    }

    /** A 200 that comes only when the test releases it (or closes the stand-in). */
    static Answer held() {
        return new Answer(200, null, null, true);
    }

    /** Lets every held answer go. */
    void release() {
        release.countDown();
    }

    List<Received> requests() {
        return new ArrayList<>(requests);
    }

    /** How many requests carried each idempotency key. */
    Map<String, Long> requestsPerKey() {
        return requests.stream().collect(Collectors.groupingBy(Received::key, Collectors.counting()));
    }

    private void handle(HttpExchange exchange) {
        try {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.missingNode() : JSON.readTree(raw);
            requests.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            Answer answer = script.pollFirst();
            if (answer == null) {
                answer = accepted();
            }
            if (answer.held()) {
                // A slow Graph API: the answer comes when the test lets it go (at the latest when the stand-in closes).
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String text = answer.body() != null
                    ? answer.body()
                    : "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""
                            + body.path("to").asText() + "\",\"wa_id\":\""
                            + body.path("to").asText() + "\"}],\"messages\":[{\"id\":\"" + "wamid.STANDIN"
                            + ids.incrementAndGet()
                            + "\"}]}";
            byte[] out = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        } catch (IOException e) {
            // The client gave up (a time-out): nothing to answer to.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
