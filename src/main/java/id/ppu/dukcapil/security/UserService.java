package id.ppu.dukcapil.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts and their administration (create, disable, reset password, assign roles, unlock;
 * administrators only, enforced by method security). Every administrative act is audited in its
 * own transaction. Sign-in itself is {@link AccountAuthenticationProvider}'s.
 */
@Service
public class UserService {

    static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,40}$");
    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final AppUserRepository users;
    private final SignInAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    UserService(
            AppUserRepository users,
            SignInAttempts attempts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an account unless the username is taken; returns whether it was created. For the
     * demo data and tests only (no administrator involved, not audited): it checks what bcrypt can
     * store but not the common-password list, so the demo's known password keeps working.
     */
    @Transactional
    public boolean createIfMissing(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        PasswordPolicy.checkLength(rawPassword);
        users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), roles));
        return true;
    }

    /** Whether any account exists. */
    @Transactional(readOnly = true)
    public boolean anyAccount() {
        return users.count() > 0;
    }

    /**
     * On a database without any account, creates the first administrator (a fresh deployment
     * without demo data has nobody who could sign in to create the others); returns whether it did.
     * The password must pass the same rules as every account's.
     *
     * @throws AccountException naming the invalid field
     */
    @Transactional
    public boolean createFirstAdministrator(String rawUsername, String password) {
        if (users.count() > 0) {
            return false;
        }
        String username = normaliseUsername(rawUsername);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("username", "user.error.username");
        }
        PasswordPolicy.check(password, username);
        users.saveAndFlush(
                new AppUser(username, "Administrator", passwordEncoder.encode(password), Set.of(Role.ADMIN)));
        audit.change(AuditKind.ACCOUNT_CREATED, username, "first administrator, roles " + Role.ADMIN);
        log.info("First administrator account {} created (no accounts existed)", username);
        return true;
    }

    /** One page of accounts by username (administrators only). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserRow> page(Pageable page) {
        return users.findAll(PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("username", "id")))
                .map(AppUser::toRow)
                .toList();
    }

    /**
     * Creates a staff account (administrators only).
     *
     * @throws AccountException naming the invalid field
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserRow createUser(String rawUsername, String rawDisplayName, String password, Set<Role> roles) {
        String username = normaliseUsername(rawUsername);
        String displayName = rawDisplayName == null ? "" : rawDisplayName.strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("username", "user.error.username");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new AccountException("username", "user.error.usernameTaken");
        }
        if (displayName.length() < 2 || displayName.length() > 120) {
            throw new AccountException("displayName", "user.error.displayName");
        }
        PasswordPolicy.check(password, username);
        checkRoles(roles);
        AppUser saved = users.save(new AppUser(username, displayName, passwordEncoder.encode(password), roles));
        audit.change(AuditKind.ACCOUNT_CREATED, username, "roles " + names(roles));
        log.info("Account {} ({}) created by {}", username, roles, currentUser.username());
        return saved.toRow();
    }

    /**
     * Enables or disables an account (administrators only); administrators cannot disable
     * themselves. Disabling ends the account's open sessions within seconds.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long userId, boolean enabled) {
        AppUser u = find(userId);
        if (!enabled && u.getUsername().equals(currentUser.username())) {
            throw new AccountException("enabled", "user.error.disableSelf");
        }
        if (u.isEnabled() == enabled) {
            return;
        }
        u.setEnabled(enabled);
        audit.change(enabled ? AuditKind.ACCOUNT_ENABLED : AuditKind.ACCOUNT_DISABLED, u.getUsername(), null);
        log.info("Account {} {} by {}", u.getUsername(), enabled ? "enabled" : "disabled", currentUser.username());
    }

    /**
     * Sets a new password (administrators only) and lifts a lockout: the administrator has just
     * spoken to the user. Ends the account's open sessions within seconds.
     *
     * @throws AccountException on field {@code password}
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long userId, String newPassword) {
        AppUser u = find(userId);
        PasswordPolicy.check(newPassword, u.getUsername());
        u.resetPassword(passwordEncoder.encode(newPassword));
        attempts.clear(userId);
        audit.change(AuditKind.PASSWORD_RESET, u.getUsername(), null);
        log.info("Password of {} reset by {}", u.getUsername(), currentUser.username());
    }

    /**
     * Replaces an account's roles (administrators only); administrators cannot drop their own
     * ADMIN role. Ends the account's open sessions within seconds (they carry the old roles).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void assignRoles(long userId, Set<Role> roles) {
        checkRoles(roles);
        AppUser u = find(userId);
        if (u.getUsername().equals(currentUser.username()) && !roles.contains(Role.ADMIN)) {
            throw new AccountException("roles", "user.error.demoteSelf");
        }
        if (u.getRoles().equals(roles)) {
            return;
        }
        String before = names(u.getRoles());
        u.assignRoles(roles);
        audit.change(AuditKind.ROLES_CHANGED, u.getUsername(), before + " -> " + names(roles));
        log.info("Roles of {} set to {} by {}", u.getUsername(), roles, currentUser.username());
    }

    /** Lifts an account's sign-in lock before its 15 minutes are over (administrators only). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(long userId) {
        AppUser u = find(userId);
        if (!u.isLockedAt(clock.instant())) {
            return;
        }
        attempts.clear(userId);
        audit.change(AuditKind.ACCOUNT_UNLOCKED, u.getUsername(), null);
        log.info("Account {} unlocked by {}", u.getUsername(), currentUser.username());
    }

    /** The display name for the header. */
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName);
    }

    /** Whether {@code username} names an enabled account with {@code role} (a colleague a case can be handed to). */
    @Transactional(readOnly = true)
    public boolean isActive(String username, Role role) {
        return username != null
                && users.findByUsername(username)
                        .filter(AppUser::isEnabled)
                        .filter(u -> u.getRoles().contains(role))
                        .isPresent();
    }

    /** The usernames of the enabled accounts with {@code role}, in order (no personal data of residents). */
    @Transactional(readOnly = true)
    public List<String> activeUsernames(Role role) {
        return users.findAll().stream()
                .filter(AppUser::isEnabled)
                .filter(u -> u.getRoles().contains(role))
                .map(AppUser::getUsername)
                .sorted()
                .toList();
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new AccountException("id", "user.error.notfound"));
    }

    private static String normaliseUsername(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    private static String names(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("roles", "user.error.roles");
        }
    }
}
