package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one message through the WhatsApp Business Cloud API and says what became of it:
 * accepted (with Meta's message id), worth another attempt later (a 5xx, a rate limit, a time-out,
 * a broken connection) or refused for good (any other 4xx, with Meta's error code). Never sends
 * without an access token. Logs nothing: the caller logs codes, never numbers or texts.
 */
final class CloudApiClient {

    /**
     * Graph error codes of rate limits, answered with HTTP 400 as often as with 429: the message is
     * fine and a later attempt goes through (application, WABA and throughput limits, the spam rate
     * limit, the pair rate limit of one business number to one resident).
     */
    static final Set<String> RATE_LIMIT_CODES = Set.of("4", "80007", "130429", "131048", "131056");

    private static final int MAX_ERROR_TEXT = 500;

    private final WhatsAppSending settings;
    private final ObjectMapper json;
    private final HttpClient http;

    CloudApiClient(WhatsAppSending settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What a send came to. */
    sealed interface Result {
        /** Accepted by Meta; the id is null in the unlikely case that a 2xx answer names none. */
        record Accepted(String waMessageId) implements Result {}

        /** Not sent, worth another attempt; {@code retryAfter} is what the server asked for, or null. */
        record Retry(String code, String text, Duration retryAfter) implements Result {}

        /** Refused for good: sending it again would be refused again. */
        record Refused(String code, String text) implements Result {}
    }

    /**
     * Posts one message.
     *
     * @param key the message's idempotency key, sent as {@code biz_opaque_callback_data} so that
     *            delivery statuses find the message even when Meta's answer was lost
     * @throws IllegalStateException if sending is off (no token, no phone number id, unsafe URL)
     */
    Result send(String key, String to, OutboundContent content) {
        if (!settings.enabled()) {
            throw new IllegalStateException(
                    "WhatsApp sending is off (" + settings.offReason().orElse("?") + "): nothing is sent");
        }
        HttpRequest request = HttpRequest.newBuilder(settings.messagesUri())
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + settings.accessToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody(key, to, content)))
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // The whole exchange, answer body included, within the request time-out: the lease counts on it.
            HttpResponse<byte[]> r = answer.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return classify(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Retry-After").orElse(null));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Result.Retry(
                    "timeout", "No answer within " + settings.requestTimeout().toMillis() + " ms", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Result.Retry(
                        "timeout",
                        "No answer within " + settings.requestTimeout().toMillis() + " ms",
                        null);
            }
            if (cause instanceof IOException) {
                return new Result.Retry("io", cut(cause.getClass().getSimpleName() + ": " + cause.getMessage()), null);
            }
            throw new IllegalStateException("Sending failed unexpectedly", cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Result.Retry("interrupted", "The worker was stopped during the send", null);
        }
    }

    /** The Cloud API's message object: text, or template with its body parameters. */
    byte[] requestBody(String key, String to, OutboundContent content) {
        ObjectNode root = json.createObjectNode();
        root.put("messaging_product", "whatsapp")
                .put("recipient_type", "individual")
                .put("to", to)
                .put("biz_opaque_callback_data", key);
        if (content instanceof OutboundContent.Text t) {
            root.put("type", "text");
            root.putObject("text").put("preview_url", false).put("body", t.body());
        } else if (content instanceof OutboundContent.Template t) {
            root.put("type", "template");
            ObjectNode template = root.putObject("template").put("name", t.name());
            template.putObject("language").put("policy", "deterministic").put("code", t.language());
            if (!t.parameters().isEmpty()) {
                ArrayNode parameters = template.putArray("components")
                        .addObject()
                        .put("type", "body")
                        .putArray("parameters");
                t.parameters()
                        .forEach(p -> parameters.addObject().put("type", "text").put("text", p));
            }
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("A message object always serialises", e);
        }
    }

    /**
     * What an answer of the Cloud API means for the message.
     *
     * @param retryAfter the Retry-After header (seconds), or null
     */
    Result classify(int status, byte[] body, String retryAfter) {
        JsonNode root = parse(body);
        if (status >= 200 && status < 300) {
            JsonNode id = root.path("messages").path(0).path("id");
            return new Result.Accepted(
                    id.isTextual() && !id.asText().isBlank() && id.asText().length() <= 256 ? id.asText() : null);
        }
        JsonNode error = root.path("error");
        String graphCode =
                error.path("code").isIntegralNumber() || error.path("code").isTextual()
                        ? error.path("code").asText().strip()
                        : "";
        String code = graphCode.matches("^[0-9]{1,12}$") ? graphCode : "http." + status;
        String text = errorText(error, status);
        if (status == 429 || status >= 500 || RATE_LIMIT_CODES.contains(graphCode)) {
            return new Result.Retry(code, text, retryAfter(retryAfter));
        }
        return new Result.Refused(code, text);
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

    private static String errorText(JsonNode error, int status) {
        String message =
                error.path("message").isTextual() ? error.path("message").asText() : "";
        String details = error.path("error_data").path("details").isTextual()
                ? error.path("error_data").path("details").asText()
                : "";
        String text = message.isBlank()
                ? "HTTP " + status
                : details.isBlank() || details.equals(message) ? message : message + " — " + details;
        return cut(text);
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
}
