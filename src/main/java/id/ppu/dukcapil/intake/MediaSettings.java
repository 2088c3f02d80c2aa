package id.ppu.dukcapil.intake;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Fetching residents' media through the Cloud API's media endpoint ({@code GET {apiUrl}/{media-id}},
 * then the URL it names, both with the access token of {@link WhatsAppSending}). Without a token,
 * or with a URL that would carry it in clear text, fetching is off and media wait as PENDING.
 *
 * @param maxSize        the largest media stored (WhatsApp's own limit for images, 5 MB, by
 *                       default); larger ones are TOO_LARGE, refused before the download when
 *                       Meta declares their size, and cut off at the limit when the declaration was
 *                       false
 * @param connectTimeout how long a connection to Meta may take
 * @param requestTimeout how long one request may take in all, body included
 * @param lease          how long a claimed media belongs to the worker that claimed it; longer than
 *                       a fetch (two requests) can take
 * @param maxAttempts    fetches of one media before it is given up as FAILED
 * @param backoffBase    the wait after the first failed attempt, doubled after each further one
 * @param backoffMax     the longest wait between attempts
 * @param batch          media one worker run fetches at most
 */
@ConfigurationProperties("app.whatsapp.media")
record MediaSettings(
        DataSize maxSize,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration lease,
        Integer maxAttempts,
        Duration backoffBase,
        Duration backoffMax,
        Integer batch) {

    /** WhatsApp's limit for images; documents (up to 100 MB) above it are not stored. */
    static final DataSize DEFAULT_MAX_SIZE = DataSize.ofMegabytes(5);

    /** What inbound_media_content can hold at most (V24). */
    static final DataSize CEILING = DataSize.ofMegabytes(100);

    MediaSettings {
        maxSize = maxSize == null ? DEFAULT_MAX_SIZE : maxSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(60) : requestTimeout;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        backoffBase = backoffBase == null ? Duration.ofSeconds(30) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofHours(1) : backoffMax;
        batch = batch == null ? 10 : batch;
        if (maxSize.toBytes() < 1 || maxSize.compareTo(CEILING) > 0) {
            throw new IllegalArgumentException("app.whatsapp.media.max-size must be between 1B and 100MB");
        }
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("app.whatsapp.media.max-attempts and .batch must be at least 1");
        }
        if (backoffBase.isNegative() || backoffBase.isZero() || backoffMax.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException(
                    "app.whatsapp.media.backoff-base must be positive and at most backoff-max");
        }
        if (lease.compareTo(requestTimeout.plus(connectTimeout).multipliedBy(4)) < 0) {
            // Two requests per fetch: a shorter lease lets a second instance take media still being fetched.
            throw new IllegalArgumentException("app.whatsapp.media.lease must be at least four times connect-timeout"
                    + " plus request-timeout, or a second instance could fetch media that is still being fetched");
        }
    }

    /** All defaults. */
    static MediaSettings defaults() {
        return new MediaSettings(null, null, null, null, null, null, null, null);
    }

    /**
     * Why fetching is off with these sending settings, as a stable code for the screens
     * ({@code token}, {@code url}), or empty when it is on. The phone number id is not needed.
     */
    static Optional<String> offReason(WhatsAppSending sending) {
        if (sending.accessToken() == null) {
            return Optional.of("token");
        }
        if (!WhatsAppSending.safeUrl(sending.apiUrl())) {
            return Optional.of("url");
        }
        return Optional.empty();
    }
}
