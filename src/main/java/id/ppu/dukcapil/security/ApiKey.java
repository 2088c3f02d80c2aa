package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A channel's or script's API key; only the SHA-256 hash of the key is kept. */
@Entity
@Table(name = "api_key")
class ApiKey extends VersionedEntity {

    private String name;
    private String keyPrefix;
    private String keyHash;
    private boolean scopeSubmit;
    private boolean scopeImport;
    private boolean scopeRead;
    private String channel;
    private Instant createdAt;
    private String createdBy;
    private Instant lastUsedAt;
    private Instant revokedAt;
    private String revokedBy;

    protected ApiKey() {}

    ApiKey(
            String name,
            String keyPrefix,
            String keyHash,
            Set<ApiScope> scopes,
            String channel,
            Instant createdAt,
            String createdBy) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.scopeSubmit = scopes.contains(ApiScope.SUBMIT);
        this.scopeImport = scopes.contains(ApiScope.IMPORT);
        this.scopeRead = scopes.contains(ApiScope.READ);
        this.channel = channel;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    Set<ApiScope> scopes() {
        Set<ApiScope> s = EnumSet.noneOf(ApiScope.class);
        if (scopeSubmit) {
            s.add(ApiScope.SUBMIT);
        }
        if (scopeImport) {
            s.add(ApiScope.IMPORT);
        }
        if (scopeRead) {
            s.add(ApiScope.READ);
        }
        return s;
    }

    ApiPrincipal toPrincipal() {
        return new ApiPrincipal(getId(), name, scopes(), channel);
    }

    ApiKeyRow toRow() {
        return new ApiKeyRow(
                getId(), name, keyPrefix, scopes(), channel, createdAt, createdBy, lastUsedAt, revokedAt, revokedBy);
    }

    String getName() {
        return name;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }
}
