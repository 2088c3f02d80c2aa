package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Fetches one resident's media through the Cloud API: {@code GET {apiUrl}/{media-id}} with the
 * access token names the media's URL, MIME type, size and SHA-256; a second GET of that URL with
 * the token brings the bytes. Says what became of it: fetched (bytes checked against Meta's
 * SHA-256), too large (refused before the download when Meta's size is over the limit, the
 * download stopped at the limit when the size was false), worth another attempt (a 5xx, a rate
 * limit, a time-out, a broken connection) or failed for good (any other 4xx, a hash that does not
 * match, an answer without a URL). Logs nothing; the caller logs codes.
 */
final class MediaClient {

    /** Meta's media ids are digits; anything that could leave the path segment is refused unsent. */
    private static final Pattern MEDIA_ID = Pattern.compile("^[0-9A-Za-z_-]{1,256}$");

    private static final Pattern HEX_SHA256 = Pattern.compile("^[0-9a-fA-F]{64}$");

    /** Enough of an error answer to read Meta's error code; the rest is dropped. */
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private static final int MAX_ERROR_TEXT = 500;

    private final WhatsAppSending sending;
    private final MediaSettings settings;
    private final ObjectMapper json;
    private final HttpClient http;

    MediaClient(WhatsAppSending sending, MediaSettings settings, ObjectMapper json) {
        this.sending = sending;
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What a fetch came to. */
    sealed interface Result {
        /** Fetched and checked; {@code sha256} in lower-case hex, {@code mimeType} Meta's (or null). */
        record Fetched(byte[] bytes, String mimeType, String sha256) implements Result {}

        /** Over the limit, not stored; {@code size} is what Meta declared, null when that was false. */
        record TooLarge(Long size, String mimeType, String code, String text) implements Result {}

        /** Not fetched, worth another attempt; {@code retryAfter} is what the server asked for, or null. */
        record Retry(String code, String text, Duration retryAfter) implements Result {}

        /** Failed for good: another attempt would fail again. */
        record Failed(String code, String text) implements Result {}
    }

    /**
     * Fetches the media with Meta's id {@code mediaId}.
     *
     * @throws IllegalStateException if fetching is off (no token, unsafe URL)
     */
    Result fetch(String mediaId) {
        Optional<String> off = MediaSettings.offReason(sending);
        if (off.isPresent()) {
            throw new IllegalStateException("WhatsApp media fetching is off (" + off.get() + "): nothing is fetched");
        }
        if (mediaId == null || !MEDIA_ID.matcher(mediaId).matches()) {
            return new Result.Failed("media.id", "The media id is not one the Cloud API gives");
        }
        Exchange info = exchange(URI.create(sending.apiUrl() + "/" + mediaId), "application/json", MAX_ERROR_BODY);
        if (info.outcome() != null) {
            return info.outcome();
        }
        if (info.status() < 200 || info.status() >= 300) {
            return error(info);
        }
        JsonNode root = parse(info.body());
        String url = text(root.path("url"));
        if (url == null) {
            return new Result.Failed("media.answer", "Meta's answer names no URL for the media");
        }
        String mimeType = mimeType(text(root.path("mime_type")));
        Long declared = size(root.path("file_size"));
        long limit = settings.maxSize().toBytes();
        if (declared != null && declared > limit) {
            return new Result.TooLarge(
                    declared,
                    mimeType,
                    "size.declared",
                    "Meta declares " + declared + " bytes, over the limit of " + limit);
        }
        URI download = downloadUri(url);
        if (download == null) {
            return new Result.Failed("media.url", "Meta's media URL is not https: the token is not sent to it");
        }
        Exchange bytes = exchange(download, "*/*", limit);
        if (bytes.outcome() != null) {
            return bytes.outcome();
        }
        if (bytes.status() < 200 || bytes.status() >= 300) {
            return error(bytes);
        }
        if (bytes.exceeded()) {
            return new Result.TooLarge(
                    null,
                    mimeType,
                    "size.exceeded",
                    "The download went past the limit of " + limit + " bytes"
                            + (declared == null ? "" : " although Meta declared " + declared)
                            + "; stopped there");
        }
        if (bytes.body().length == 0) {
            return new Result.Failed("media.empty", "The media has no bytes");
        }
        String sha256 = sha256(bytes.body());
        String expected = text(root.path("sha256"));
        if (expected != null && !sameHash(sha256, expected)) {
            return new Result.Failed("sha256", "The bytes do not match the SHA-256 Meta names for the media");
        }
        return new Result.Fetched(bytes.body(), mimeType, sha256);
    }

    /**
     * One GET with the token. {@code outcome} is set when there is no answer to look at (time-out,
     * broken connection); {@code exceeded} when a 2xx body went past {@code maxBody} and reading
     * stopped there.
     */
    private record Exchange(int status, HttpHeaders headers, byte[] body, boolean exceeded, Result outcome) {}

    private Exchange exchange(URI uri, String accept, long maxBody) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + sending.accessToken())
                .header("Accept", accept)
                .GET()
                .build();
        CompletableFuture<HttpResponse<Body>> answer = http.sendAsync(
                request,
                info -> info.statusCode() >= 200 && info.statusCode() < 300
                        ? new LimitedBody(maxBody, info.headers())
                        : new LimitedBody(MAX_ERROR_BODY, info.headers()));
        String timeoutText = "No answer within " + settings.requestTimeout().toMillis() + " ms";
        try {
            // The whole exchange, body included, within the request time-out: the lease counts on it.
            HttpResponse<Body> r = answer.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            boolean ok = r.statusCode() >= 200 && r.statusCode() < 300;
            byte[] body = r.body().exceeded() && !ok ? new byte[0] : r.body().bytes();
            return new Exchange(
                    r.statusCode(), r.headers(), body, ok && r.body().exceeded(), null);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Exchange(0, null, null, false, new Result.Retry("timeout", timeoutText, null));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Exchange(0, null, null, false, new Result.Retry("timeout", timeoutText, null));
            }
            if (cause instanceof IOException) {
                return new Exchange(
                        0,
                        null,
                        null,
                        false,
                        new Result.Retry(
                                "io", cut(cause.getClass().getSimpleName() + ": " + cause.getMessage()), null));
            }
            throw new IllegalStateException("Fetching media failed unexpectedly", cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Exchange(
                    0,
                    null,
                    null,
                    false,
                    new Result.Retry("interrupted", "The worker was stopped during the fetch", null));
        }
    }

    /** A refusal: 5xx, 429 and Meta's rate-limit codes are retried, any other answer fails the media. */
    private Result error(Exchange e) {
        JsonNode error = parse(e.body()).path("error");
        String graphCode =
                error.path("code").isIntegralNumber() || error.path("code").isTextual()
                        ? error.path("code").asText().strip()
                        : "";
        String code = graphCode.matches("^[0-9]{1,12}$") ? graphCode : "http." + e.status();
        String message = text(error.path("message"));
        String text = cut(message == null ? "HTTP " + e.status() : message);
        if (e.status() == 429 || e.status() >= 500 || CloudApiClient.RATE_LIMIT_CODES.contains(graphCode)) {
            return new Result.Retry(
                    code, text, retryAfter(e.headers().firstValue("Retry-After").orElse(null)));
        }
        return new Result.Failed(code, text);
    }

    /**
     * The URL Meta named, if the token may go there: https, or plain http only to this machine (a
     * local stand-in); never with user info. Meta's URLs carry a query string, which is fine here.
     */
    static URI downloadUri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return null;
            }
            boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            return "https".equals(scheme) || "http".equals(scheme) && local ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Whether Meta's hash (hex, or base64 as in the webhook's media objects) names these bytes. */
    static boolean sameHash(String hex, String metas) {
        String v = metas.strip();
        if (HEX_SHA256.matcher(v).matches()) {
            return v.equalsIgnoreCase(hex);
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(v);
            return decoded.length == 32 && HexFormat.of().formatHex(decoded).equals(hex);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return json.missingNode();
        }
        try {
            JsonNode n = json.readTree(body);
            return n == null ? json.missingNode() : n;
        } catch (IOException e) {
            return json.missingNode();
        }
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    /** Meta sends the size as a number, some versions as a string of digits. */
    private static Long size(JsonNode n) {
        if (n.isIntegralNumber() && n.canConvertToLong() && n.asLong() >= 0) {
            return n.asLong();
        }
        if (n.isTextual() && n.asText().strip().matches("^[0-9]{1,18}$")) {
            return Long.parseLong(n.asText().strip());
        }
        return null;
    }

    private static String mimeType(String s) {
        return s == null || s.length() > 200 || !s.matches("^[\\x21-\\x7e][\\x20-\\x7e]*$") ? null : s;
    }

    private static Duration retryAfter(String header) {
        if (header == null || !header.strip().matches("^[0-9]{1,6}$")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.strip()));
    }

    private static String cut(String s) {
        String v = s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
        return v.length() <= MAX_ERROR_TEXT ? v : v.substring(0, MAX_ERROR_TEXT);
    }

    /** A body read up to a limit: {@code exceeded} (and no bytes) when it went past. */
    private record Body(byte[] bytes, boolean exceeded) {}

    /**
     * Collects a body up to {@code limit} bytes and cancels the download the moment it goes past,
     * or before reading anything when the Content-Length already says so: a false size never costs
     * more than the limit in memory and on the wire.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<Body> {
        private final long limit;
        private final long declaredLength;
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;
        private long received;

        LimitedBody(long limit, HttpHeaders headers) {
            this.limit = limit;
            this.declaredLength = headers.firstValueAsLong("Content-Length").orElse(-1);
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredLength > limit) {
                s.cancel();
                result.complete(new Body(null, true));
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                received += b.remaining();
                if (received > limit) {
                    subscription.cancel();
                    result.complete(new Body(null, true));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new Body(out.toByteArray(), false));
        }
    }
}
