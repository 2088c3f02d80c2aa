package id.ppu.dukcapil.support;

import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sign-ins for service tests without a UI (views use {@code AbstractViewIT.login}): as a staff
 * member with roles, or as an API key with its scopes and channel, as the key filter would.
 * Service methods check these authorities with method security.
 */
public final class TestSignIn {

    private TestSignIn() {
    }

    /** Signs in as staff member {@code username} with {@code roles}. */
    public static void staff(String username, Role... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null, authorities));
    }

    /** Signs in as the API key {@code key}: its scopes ({@code SCOPE_submit}, ...) and channel ({@code CHANNEL_WEB}). */
    public static void key(ApiPrincipal key) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        key.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
        if (key.channel() != null) {
            authorities.add(new SimpleGrantedAuthority(ApiScope.CHANNEL_AUTHORITY_PREFIX + key.channel()));
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(key, null, authorities));
    }

    /** Runs {@code call} as the API key {@code key}, then signs in again as whoever was signed in before. */
    public static <T> T asKey(ApiPrincipal key, Supplier<T> call) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        key(key);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
