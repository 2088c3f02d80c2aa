package id.ppu.dukcapil.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way tests sign in: as a staff member with roles (as the login form would), as an API
 * key with its scopes and channel (as the key filter would), or anonymously. Service methods
 * check these authorities with method security; inside a karibu UI test the fake servlet request
 * learns the user too, so Vaadin's route access checks see the same person.
 */
public final class TestSignIn {

    private TestSignIn() {}

    /** Signs in as staff member {@code username} with {@code roles}. */
    public static void signIn(String username, Role... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        Authentication authentication = new UsernamePasswordAuthenticationToken(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        if (currentRequest() instanceof FakeRequest request) {
            Set<String> roleNames = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> roleNames.contains(role));
        }
    }

    /** Signs in as {@code username} holding exactly {@code authorities} ({@code ROLE_X}, {@code SCOPE_x}, ...). */
    public static void signInWithAuthorities(String username, String... authorities) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        username, null, AuthorityUtils.createAuthorityList(authorities)));
    }

    /** An anonymous visitor, as Spring Security represents one who has not signed in. */
    public static void signInAnonymously() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /** Signs out: no authentication at all. */
    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the API key {@code key}: its scopes ({@code SCOPE_submit}, ...) and channel ({@code CHANNEL_WEB}). */
    public static void key(ApiPrincipal key) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        key.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
        if (key.channel() != null) {
            authorities.add(new SimpleGrantedAuthority(ApiScope.CHANNEL_AUTHORITY_PREFIX + key.channel()));
        }
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(key, null, authorities));
    }

    /** Runs {@code call} as the API key {@code key}, then signs in again as whoever was signed in before. */
    public static <T> T asKey(ApiPrincipal key, Supplier<T> call) {
        return restoringSignIn(() -> {
            key(key);
            return call.get();
        });
    }

    /** Runs {@code call} as staff member {@code username} (another clerk, say), then signs in again as before. */
    public static void as(String username, Role role, Runnable call) {
        restoringSignIn(() -> {
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
            call.run();
            return null;
        });
    }

    private static <T> T restoringSignIn(Supplier<T> call) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private static Object currentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request instanceof VaadinServletRequest servletRequest ? servletRequest.getRequest() : null;
    }
}
