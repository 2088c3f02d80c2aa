package id.ppu.dukcapil.security;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
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

/** Staff accounts: login lookup, lockout after repeated failures, and account creation. */
@Service
public class UserService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
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
