package id.ppu.dukcapil.security;

import java.util.Locale;

/**
 * What an API key may do. A request authenticated by a key carries one authority per scope
 * ({@code SCOPE_submit}, {@code SCOPE_import}, {@code SCOPE_read}) and, for a submit key, the
 * channel it belongs to ({@code CHANNEL_WEB}, ...).
 *
 * <p>Every path under {@code /api/**} that {@link ApiSecurityConfig} does not list needs the read
 * scope: a feature that adds a read-only endpoint (statistics, priorities) gets that guard without
 * configuration. To require another scope in a controller, check
 * {@code ApiPrincipal.current().filter(p -> p.has(ApiScope.IMPORT))} or compare authorities with
 * the constants below.
 */
public enum ApiScope {
    /** Submit requests on behalf of the key's one channel (POST /api/v1/cases) and follow them. */
    SUBMIT,
    /** Import CSV batches of any channel (POST /api/v1/imports). */
    IMPORT,
    /** Read cases, statistics and planning data. */
    READ;

    public static final String SUBMIT_AUTHORITY = "SCOPE_submit";
    public static final String IMPORT_AUTHORITY = "SCOPE_import";
    public static final String READ_AUTHORITY = "SCOPE_read";
    /** Prefix of the channel authority of a submit key, e.g. {@code CHANNEL_WEB}. */
    public static final String CHANNEL_AUTHORITY_PREFIX = "CHANNEL_";

    /** The Spring authority of this scope, e.g. {@code SCOPE_read}. */
    public String authority() {
        return "SCOPE_" + name().toLowerCase(Locale.ROOT);
    }
}
