package id.ppu.dukcapil.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: login lookup, lockout after repeated failures, and their administration
 * (create, disable, reset password, assign roles; administrators only).
 */
@Service
public class UserService implements UserDetailsService {

    static final int MIN_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,40}$");
    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(u.getUsername())
                .password(u.getPasswordHash())
                .disabled(!u.isEnabled())
                .accountLocked(u.isLockedAt(clock.instant()))
                .authorities(u.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    /** Creates an account unless the username is taken; returns whether it was created. */
    @Transactional
    public boolean createIfMissing(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
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
     */
    @Transactional
    public boolean createFirstAdministrator(String rawUsername, String password) {
        if (users.count() > 0) {
            return false;
        }
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("username", "user.error.username");
        }
        checkPassword(password);
        users.saveAndFlush(new AppUser(username, "Administrator", passwordEncoder.encode(password), Set.of(Role.ADMIN)));
        log.info("First administrator account {} created (no accounts existed)", username);
        return true;
    }

    /** One page of accounts by username (administrators only). */
    @Transactional(readOnly = true)
    public List<UserRow> page(Pageable page) {
        requireAdministrator();
        return users.findAll(PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("username", "id")))
                .map(AppUser::toRow).toList();
    }

    /**
     * Creates a staff account (administrators only).
     *
     * @throws AccountException naming the invalid field
     */
    @Transactional
    public UserRow createUser(String rawUsername, String rawDisplayName, String password, Set<Role> roles) {
        requireAdministrator();
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
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
        checkPassword(password);
        checkRoles(roles);
        AppUser saved = users.save(new AppUser(username, displayName, passwordEncoder.encode(password), roles));
        log.info("Account {} ({}) created by {}", username, roles, currentUser.username());
        return saved.toRow();
    }

    /** Enables or disables an account (administrators only); administrators cannot disable themselves. */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        requireAdministrator();
        AppUser u = find(userId);
        if (!enabled && u.getUsername().equals(currentUser.username())) {
            throw new AccountException("enabled", "user.error.disableSelf");
        }
        u.setEnabled(enabled);
        log.info("Account {} {} by {}", u.getUsername(), enabled ? "enabled" : "disabled", currentUser.username());
    }

    /** Sets a new password (administrators only) and lifts a lockout. */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        requireAdministrator();
        checkPassword(newPassword);
        AppUser u = find(userId);
        u.resetPassword(passwordEncoder.encode(newPassword));
        log.info("Password of {} reset by {}", u.getUsername(), currentUser.username());
    }

    /** Replaces an account's roles (administrators only); administrators cannot drop their own ADMIN role. */
    @Transactional
    public void assignRoles(long userId, Set<Role> roles) {
        requireAdministrator();
        checkRoles(roles);
        AppUser u = find(userId);
        if (u.getUsername().equals(currentUser.username()) && !roles.contains(Role.ADMIN)) {
            throw new AccountException("roles", "user.error.demoteSelf");
        }
        u.assignRoles(roles);
        log.info("Roles of {} set to {} by {}", u.getUsername(), roles, currentUser.username());
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new AccountException("id", "user.error.notfound"));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 100 || password.isBlank()) {
            throw new AccountException("password", "user.error.password", MIN_PASSWORD);
        }
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("roles", "user.error.roles");
        }
    }

    private void requireAdministrator() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators manage accounts");
        }
    }

    /** The display name for the header. */
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName);
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase())
                .filter(u -> !u.isLockedAt(clock.instant()))
                .ifPresent(u -> u.loginFailed(clock.instant()));
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(AppUser::loginSucceeded);
    }
}
