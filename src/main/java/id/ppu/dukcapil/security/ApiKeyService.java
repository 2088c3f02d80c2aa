package id.ppu.dukcapil.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of the channels (web portal, GOPPU app, ...) and of scripts. A key is a long random
 * string shown once at creation; only its SHA-256 hash is stored, so a leaked database does not
 * leak working keys. Every request looks the key up again: a revoked key stops working at once.
 */
@Service
public class ApiKeyService {

    static final String KEY_PREFIX = "ppu_";
    static final int RANDOM_CHARS = 40;
    /** Letters and digits without look-alikes (0/O, 1/l/I): 57 symbols, 40 of them make 233 random bits. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyService.class);

    private final ApiKeyRepository keys;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApiKeyChannels channels;
    private final SecureRandom random = new SecureRandom();

    ApiKeyService(
            ApiKeyRepository keys, CurrentUser currentUser, Clock clock, AuditTrail audit, ApiKeyChannels channels) {
        this.keys = keys;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
        this.channels = channels;
    }

    /** The channels a submit key may belong to: the case channels' names. */
    public List<String> channels() {
        return channels.names();
    }

    /**
     * Creates a key (administrators only). A key with the submit scope belongs to exactly one
     * channel; import and read keys to none.
     *
     * @return the key itself, to be shown once
     * @throws AccountException naming the invalid field
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiKey create(String name, Set<ApiScope> scopes, String channel) {
        String key = KEY_PREFIX + randomChars();
        ApiKey saved = store(name, key, scopes, channel, currentUser.username());
        log.info("API key '{}' ({}) created by {}", saved.getName(), scopes, currentUser.username());
        ApiKeyRow row = saved.toRow();
        String scopeNames =
                String.join(",", row.scopes().stream().sorted().map(Enum::name).toList());
        audit.change(
                AuditKind.API_KEY_CREATED, row.name(), scopeNames + (row.channel() == null ? "" : " " + row.channel()));
        return new CreatedApiKey(saved.getId(), saved.getName(), key);
    }

    /**
     * Registers a key whose value is already known (the documented keys of the demo data set)
     * unless a key of that name exists; returns whether it was created. Never for production keys.
     */
    @Transactional
    public boolean createIfMissing(String name, String key, Set<ApiScope> scopes, String channel) {
        if (keys.existsByNameIgnoreCase(name.strip())
                || keys.findByKeyHash(hash(key)).isPresent()) {
            return false;
        }
        store(name, key, scopes, channel, "system");
        return true;
    }

    /** One page of keys, newest first (administrators only). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiKeyRow> page(Pageable page) {
        Pageable sorted = PageRequest.of(
                page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return keys.findAll(sorted).map(ApiKey::toRow).toList();
    }

    /** Revokes a key (administrators only); requests with it are refused from now on. Revoking twice changes nothing. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new AccountException("id", "apikey.error.notfound"));
        if (!key.isRevoked()) {
            key.revoke(clock.instant(), currentUser.username());
            log.info("API key '{}' revoked by {}", key.getName(), currentUser.username());
            audit.change(AuditKind.API_KEY_REVOKED, key.getName(), null);
        }
    }

    /**
     * The principal behind a presented key, if the key exists and is not revoked. Notes the use
     * (at most once a minute per key) for the administrators' list.
     */
    @Transactional
    public Optional<ApiPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(KEY_PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findByKeyHash(hash(presented)).filter(k -> !k.isRevoked());
        key.ifPresent(k -> keys.markUsed(k.getId(), clock.instant()));
        return key.map(ApiKey::toPrincipal);
    }

    private ApiKey store(String rawName, String key, Set<ApiScope> scopes, String channel, String by) {
        String name = rawName == null ? "" : rawName.strip();
        if (name.length() < 3 || name.length() > 80) {
            throw new AccountException("name", "apikey.error.name");
        }
        if (keys.existsByNameIgnoreCase(name)) {
            throw new AccountException("name", "apikey.error.nameTaken");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new AccountException("scopes", "apikey.error.scopes");
        }
        boolean submit = scopes.contains(ApiScope.SUBMIT);
        if (submit && (channel == null || !channels.names().contains(channel))) {
            throw new AccountException("channel", "apikey.error.channel");
        }
        Instant now = clock.instant();
        return keys.save(new ApiKey(
                name, key.substring(0, KEY_PREFIX.length() + 4), hash(key), scopes, submit ? channel : null, now, by));
    }

    private String randomChars() {
        StringBuilder sb = new StringBuilder(RANDOM_CHARS);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
