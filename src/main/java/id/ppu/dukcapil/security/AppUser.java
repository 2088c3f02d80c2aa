package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A staff account with a bcrypt password hash and its roles. Its lock is read here, but the lock
 * and the failure count are only ever written by single SQL statements ({@link SignInAttempts}),
 * so that concurrent sign-ins never conflict with this versioned entity and an administrator's
 * edit never undoes a lock.
 */
@Entity
@Table(name = "app_user")
class AppUser extends VersionedEntity {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;

    @Column(insertable = false, updatable = false)
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void resetPassword(String newHash) {
        this.passwordHash = newHash;
    }

    void assignRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    UserRow toRow() {
        return new UserRow(
                getId(),
                username,
                displayName,
                enabled,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                lockedUntil);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles;
    }
}
