package id.ppu.dukcapil.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sending through the WhatsApp Business Cloud API ({@code POST {apiUrl}/{phoneNumberId}/messages}
 * with the access token as a bearer token), from configuration: {@code WHATSAPP_API_URL},
 * {@code WHATSAPP_PHONE_NUMBER_ID}, {@code WHATSAPP_ACCESS_TOKEN}. Without a token (or without a
 * phone number id, or with a URL that would carry the token in clear text) sending is off:
 * messages wait in the outbox and nothing is sent.
 *
 * @param apiUrl         the Graph API base with its pinned version
 * @param phoneNumberId  the business phone number's id at Meta
 * @param accessToken    a system user's access token; never logged, never shown
 * @param connectTimeout how long a connection to Meta may take
 * @param requestTimeout how long one send may take in all, answer included
 * @param lease          how long a claimed message belongs to the worker that claimed it; longer
 *                       than a send can take, so that a second instance never sends it meanwhile
 * @param maxAttempts    sends of one message before it is given up as FAILED
 * @param backoffBase    the wait after the first failed attempt, doubled after each further one
 * @param backoffMax     the longest wait between attempts
 * @param batch          messages one worker run sends at most
 * @param windowMargin   how long before the 24-hour window closes free text is no longer chosen,
 *                       so that a message queued at its end still goes out inside it
 * @param templates      the approved template of each kind of message, for use outside the window
 */
@ConfigurationProperties("app.whatsapp.sending")
record WhatsAppSending(
        String apiUrl,
        String phoneNumberId,
        String accessToken,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration lease,
        Integer maxAttempts,
        Duration backoffBase,
        Duration backoffMax,
        Integer batch,
        Duration windowMargin,
        Map<OutboundKind, TemplateSetting> templates) {

    /** Meta's Graph API, pinned to v25.0 (released 18 February 2026, available until 29 July 2028). */
    static final String DEFAULT_API_URL = "https://graph.facebook.com/v25.0";

    static final String TOKEN_VARIABLE = "WHATSAPP_ACCESS_TOKEN";
    static final String PHONE_NUMBER_ID_VARIABLE = "WHATSAPP_PHONE_NUMBER_ID";
    static final String API_URL_VARIABLE = "WHATSAPP_API_URL";

    /** An approved template: its name at Meta and its language (Bahasa Indonesia, {@code id}, unless set). */
    record TemplateSetting(String name, String language) {
        TemplateSetting {
            language = language == null || language.isBlank() ? "id" : language.strip();
            name = name == null ? null : name.strip();
        }
    }

    WhatsAppSending {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : stripTrailingSlash(apiUrl.strip());
        phoneNumberId = blankToNull(phoneNumberId);
        accessToken = blankToNull(accessToken);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(15) : requestTimeout;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        backoffBase = backoffBase == null ? Duration.ofSeconds(30) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofHours(1) : backoffMax;
        batch = batch == null ? 20 : batch;
        windowMargin = windowMargin == null ? Duration.ofMinutes(15) : windowMargin;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("app.whatsapp.sending.max-attempts and .batch must be at least 1");
        }
        if (backoffBase.isNegative() || backoffBase.isZero() || backoffMax.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException(
                    "app.whatsapp.sending.backoff-base must be positive and at most backoff-max");
        }
        if (lease.compareTo(requestTimeout.plus(connectTimeout).multipliedBy(2)) < 0) {
            // A lease shorter than a send lets a second instance take a message that is still in flight.
            throw new IllegalArgumentException("app.whatsapp.sending.lease must be at least twice connect-timeout plus"
                    + " request-timeout, or a second instance could send a message that is still in flight");
        }
    }

    /** Sending with only the URL set: off, as configured without a token. */
    static WhatsAppSending off() {
        return new WhatsAppSending(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether messages are sent: a token, a phone number id and a URL that keeps the token off the wire in clear text. */
    boolean enabled() {
        return offReason().isEmpty();
    }

    /**
     * Why sending is off, as a stable code for the screens ({@code token}, {@code phoneNumberId},
     * {@code url}), or empty when it is on.
     */
    Optional<String> offReason() {
        if (accessToken == null) {
            return Optional.of("token");
        }
        if (phoneNumberId == null || !phoneNumberId.matches("^[0-9A-Za-z_-]{1,64}$")) {
            return Optional.of("phoneNumberId");
        }
        if (!safeUrl(apiUrl)) {
            return Optional.of("url");
        }
        return Optional.empty();
    }

    /** The endpoint messages are posted to. */
    URI messagesUri() {
        return URI.create(apiUrl + "/" + phoneNumberId + "/messages");
    }

    /** The template configured for {@code kind}, if any. */
    Optional<TemplateSetting> templateFor(OutboundKind kind) {
        TemplateSetting t = templates.get(kind);
        return t == null || t.name() == null || t.name().isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** HTTPS, or plain HTTP only to this machine (a local stand-in of the Cloud API). */
    static boolean safeUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                return false;
            }
            return "https".equals(scheme)
                    || "http".equals(scheme)
                            && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Never the token: this record ends up in logs and failure reports. */
    @Override
    public String toString() {
        return "WhatsAppSending[apiUrl=" + apiUrl + ", phoneNumberId=" + phoneNumberId + ", accessToken="
                + (accessToken == null ? "unset" : "set") + ", enabled=" + enabled() + "]";
    }

    private static String stripTrailingSlash(String s) {
        String v = s;
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
