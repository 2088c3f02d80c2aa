package id.ppu.dukcapil.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One browser against the application under test: keeps its cookies (the HTTP session) and does
 * not follow redirects, so a test sees where each request lands; it can open a Vaadin UI and send
 * its round trips as Vaadin's client would. Vaadin's login view posts
 * {@code username} and {@code password} to {@code /login}; Vaadin's security configurer exempts
 * that form post from CSRF, so no token has to be fetched first.
 */
final class BrowserSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the login form; the answer is a redirect, to the app on success or to {@code /login?error}. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Creates a UI in this session as Vaadin's client does once the start page has loaded: the
     * start page carries no UI of its own ({@code window.Vaadin.TypeScript} holds no initial
     * answer), so the client's {@code Flow.flowInitUi()} asks for one with
     * {@code GET ?v-r=init&location=&query=}. A UIDL request for a UI that was never created is
     * answered "session expired" even in a live session, so round trips need this first.
     *
     * <p>In development mode Vaadin answers every request with a "building front-end bundle" page
     * (header {@code X-DevModePending}) until its bundle is ready, a minute or more in a fresh
     * checkout; this waits for that, up to {@code frontendReady}.
     */
    VaadinUi openUi(Duration frontendReady) throws IOException, InterruptedException {
        long end = System.nanoTime() + frontendReady.toNanos();
        HttpResponse<String> init = get("/?v-r=init&location=&query=");
        while (init.headers().firstValue("X-DevModePending").isPresent()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(
                        "Vaadin's front-end bundle still not ready after " + frontendReady.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            init = get("/?v-r=init&location=&query=");
        }
        if (init.statusCode() != 200
                || !init.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError(
                    "no UI created: " + init.statusCode() + " " + init.headers().map());
        }
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        return new VaadinUi(
                appConfig.path("v-uiId").asInt(),
                uidl.path("Vaadin-Security-Key").asText(),
                uidl.path("syncId").asInt(),
                uidl.path("clientId").asInt());
    }

    /**
     * One UI of this session, seen from its client: the security key that every round trip
     * carries (Vaadin's CSRF token) and the message counters the server expects next.
     */
    final class VaadinUi {

        private final int id;
        private final String securityKey;
        private int syncId;
        private int clientId;

        private VaadinUi(int id, String securityKey, int syncId, int clientId) {
            this.id = id;
            this.securityKey = securityKey;
            this.syncId = syncId;
            this.clientId = clientId;
        }

        /**
         * A client-server round trip (UIDL) carrying no events, sent as the client sends every
         * message; an accepted answer moves the counters on, as the client does.
         */
        UidlAnswer roundTrip() throws IOException, InterruptedException {
            ObjectNode message = JSON.createObjectNode()
                    .put("csrfToken", securityKey)
                    .put("syncId", syncId)
                    .put("clientId", clientId);
            message.putArray("rpc");
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + id))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            UidlAnswer answer = UidlAnswer.of(r);
            if (answer.accepted()) {
                syncId = answer.message().path("syncId").asInt();
                clientId = answer.message().path("clientId").asInt();
            }
            return answer;
        }
    }

    /**
     * Vaadin's answer to a round trip: one JSON message behind the {@code for(;;);} guard, or
     * {@code message} missing when the body is anything else.
     */
    record UidlAnswer(int status, String body, JsonNode message) {

        private static final String GUARD = "for(;;);";

        static UidlAnswer of(HttpResponse<String> response) throws IOException {
            String body = response.body();
            JsonNode message = MissingNode.getInstance();
            if (body.startsWith(GUARD)) {
                JsonNode messages = JSON.readTree(body.substring(GUARD.length()));
                if (messages.isArray() && messages.size() == 1) {
                    message = messages.get(0);
                }
            }
            return new UidlAnswer(response.statusCode(), body, message);
        }

        /** "Session expired": the client reloads the page, which the security chain sends to the login page. */
        boolean sessionExpired() {
            return message.path("meta").path("sessionExpired").asBoolean(false);
        }

        /** A regular answer (a sync id of its own), neither an error (refresh, bad key) nor an ended session. */
        boolean accepted() {
            return status == 200
                    && message.path("syncId").asInt(-1) >= 0
                    && message.has("clientId")
                    && !message.path("meta").has("appError")
                    && !sessionExpired();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Whether the start page is served (200) rather than sent to the login page. */
    boolean seesTheApp() throws IOException, InterruptedException {
        return get("/").statusCode() == 200;
    }

    static boolean isLoginRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    static boolean isLoginErrorRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login?error");
    }

    /**
     * Requests the start page until it redirects to the login page; returns how long that took,
     * or throws once {@code deadline} has passed.
     */
    Duration awaitLoginPage(Duration deadline) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        while (true) {
            HttpResponse<String> r = get("/");
            if (isLoginRedirect(r)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (r.statusCode() != 200) {
                throw new AssertionError("unexpected answer " + r.statusCode() + " while waiting for the login page");
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("still signed in after " + deadline.toSeconds() + " s");
            }
            // A short pause between polls: the deadline, not this pause, bounds the wait.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }
}
