package id.ppu.dukcapil.security;

import java.time.Instant;
import java.util.Set;

/** An API key as the administrators' list shows it: never the key, only its first characters. */
public record ApiKeyRow(
        long id,
        String name,
        String keyPrefix,
        Set<ApiScope> scopes,
        String channel,
        Instant createdAt,
        String createdBy,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
