package id.ppu.dukcapil.security;

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
 * not follow redirects, so a test sees where each request lands. Vaadin's login view posts
 * {@code username} and {@code password} to {@code /login}; Vaadin's security configurer exempts
 * that form post from CSRF, so no token has to be fetched first.
 */
final class BrowserSession {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the login form; the answer is a redirect, to the app on success or to {@code /login?error}. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Vaadin client-server round trip (UIDL) of UI 0, as the browser sends on every click. */
    HttpResponse<String> uidl() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"none\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the start page is served (200) rather than sent to the login page. */
    boolean seesTheApp() throws IOException, InterruptedException {
        return get("/").statusCode() == 200;
    }

    static boolean isLoginRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    static boolean isLoginErrorRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login?error");
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
