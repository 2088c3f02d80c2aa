package id.ppu.dukcapil.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since sign-in: disabled, deleted, new roles or a new
 * password (each moves the account's security stamp, V11, also for direct SQL edits). Runs in
 * Vaadin's security chain once the security context is loaded, and looks at the database at most
 * every {@link #CHECK_INTERVAL} per session, so a change takes effect within that interval plus
 * one request. An ended session is invalidated and the request goes on unauthenticated: a page
 * request is sent to the login page, and a Vaadin round trip is answered with "session expired",
 * on which the browser reloads into the login page.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    /** Keeps the check at one indexed lookup per session every 5 s: well inside the 10 s promise. */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(5);

    private static final String CHECKED_AT = AccountSessionFilter.class.getName() + ".checkedAt";
    private static final Logger log = LoggerFactory.getLogger(AccountSessionFilter.class);

    private final SignInAttempts accounts;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    AccountSessionFilter(SignInAttempts accounts, SecurityContextHolderStrategy contexts, Clock clock) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            long now = clock.millis();
            Object checkedAt = session.getAttribute(CHECKED_AT);
            if (!(checkedAt instanceof Long at) || now - at >= CHECK_INTERVAL.toMillis()) {
                if (stillValid(authentication)) {
                    session.setAttribute(CHECKED_AT, now);
                } else {
                    log.info(
                            "Session of {} ended: the account was disabled or its password or roles changed",
                            authentication.getName());
                    invalidate(session);
                    contexts.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Only sessions signed in through the login form carry a stamp; any other principal fails closed. */
    private boolean stillValid(Authentication authentication) {
        return authentication.getPrincipal() instanceof SignedInAccount account
                && accounts.liveStamp(account.id())
                        .filter(stamp -> stamp == account.securityStamp())
                        .isPresent();
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // A concurrent request of the same session got there first: the session is gone either way.
        }
    }
}
