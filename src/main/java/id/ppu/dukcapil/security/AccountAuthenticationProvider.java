package id.ppu.dukcapil.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs staff in with username and password. Each attempt is counted by one atomic UPDATE before
 * its password is checked ({@link SignInAttempts#reserve}), so 5 wrong guesses lock an account for
 * 15 minutes however many arrive at once, and a locked account costs no bcrypt check. Every
 * attempt is audited with the username tried (never the password).
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,40}$");
    /** The actor of an attempt whose username cannot be an account (it may be a mistyped password). */
    static final String UNREADABLE_USERNAME = "(nama tidak sah)";

    private final SignInAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInMetrics metrics;
    private volatile String unknownUserHash;

    AccountAuthenticationProvider(
            SignInAttempts attempts,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            Clock clock,
            SignInMetrics metrics) {
        this.attempts = attempts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = normalise(authentication.getName());
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        Instant now = clock.instant();
        if (!USERNAME.matcher(username).matches()) {
            // No such account can exist; the check only keeps the answer as slow as a real one.
            passwordEncoder.matches(password, unknownUserHash());
            audit.event(UNREADABLE_USERNAME, AuditKind.SIGN_IN_FAILED, null, AuditTrail.UNKNOWN_ACCOUNT);
            metrics.failed(SignInMetrics.Reason.UNKNOWN_ACCOUNT);
            throw new BadCredentialsException("Bad credentials");
        }
        Optional<SignInAttempts.Reservation> reserved = attempts.reserve(username, now);
        if (reserved.isEmpty()) {
            refuse(username, password);
        }
        SignInAttempts.Reservation r = reserved.orElseThrow();
        // bcrypt ignores bytes after the 72nd and Spring's encoder refuses them: such a password is never ours.
        boolean fits = password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
        if (fits && passwordEncoder.matches(password, r.passwordHash())) {
            attempts.succeeded(r.id());
            audit.event(username, AuditKind.SIGN_IN_SUCCEEDED, username, null);
            SignedInAccount principal = new SignedInAccount(r.id(), username, r.securityStamp());
            return UsernamePasswordAuthenticationToken.authenticated(
                    principal,
                    null,
                    attempts.roles(r.id()).stream()
                            .map(role -> new SimpleGrantedAuthority(role.authority()))
                            .toList());
        }
        audit.event(username, AuditKind.SIGN_IN_FAILED, username, AuditTrail.WRONG_PASSWORD);
        metrics.failed(SignInMetrics.Reason.WRONG_PASSWORD);
        if (r.lockedByThisAttempt()) {
            metrics.locked();
            audit.event(
                    username,
                    AuditKind.ACCOUNT_LOCKED,
                    username,
                    AppUser.MAX_FAILED_ATTEMPTS + " failed sign-ins, locked for " + AppUser.LOCK_DURATION.toMinutes()
                            + " minutes");
        }
        throw new BadCredentialsException("Bad credentials");
    }

    private void refuse(String username, String password) {
        switch (attempts.refusal(username)) {
            case UNKNOWN -> {
                passwordEncoder.matches(password, unknownUserHash());
                audit.event(username, AuditKind.SIGN_IN_FAILED, username, AuditTrail.UNKNOWN_ACCOUNT);
                metrics.failed(SignInMetrics.Reason.UNKNOWN_ACCOUNT);
                throw new BadCredentialsException("Bad credentials");
            }
            case DISABLED -> {
                audit.event(username, AuditKind.SIGN_IN_FAILED, username, AuditTrail.ACCOUNT_DISABLED);
                metrics.failed(SignInMetrics.Reason.ACCOUNT_DISABLED);
                throw new DisabledException("Account disabled");
            }
            case LOCKED -> {
                audit.event(username, AuditKind.SIGN_IN_FAILED, username, AuditTrail.ACCOUNT_LOCKED);
                metrics.failed(SignInMetrics.Reason.ACCOUNT_LOCKED);
                throw new LockedException("Account locked");
            }
        }
    }

    private String unknownUserHash() {
        String hash = unknownUserHash;
        if (hash == null) {
            hash = passwordEncoder.encode("no-such-account-password");
            unknownUserHash = hash;
        }
        return hash;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
