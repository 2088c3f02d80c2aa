package id.ppu.dukcapil.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of an API request: the key's name, its scopes and, for a submit key, its channel
 * (a {@code Channel} name such as WEB).
 */
public record ApiPrincipal(long keyId, String name, Set<ApiScope> scopes, String channel) {

    public ApiPrincipal {
        scopes = Set.copyOf(scopes);
    }

    /** The API key behind the current request, if the request was authenticated by one. */
    public static Optional<ApiPrincipal> current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof ApiPrincipal p ? Optional.of(p) : Optional.empty();
    }

    public boolean has(ApiScope scope) {
        return scopes.contains(scope);
    }

    /** How the history names this caller, e.g. {@code api:portal-web}. */
    public String actor() {
        return "api:" + name;
    }

    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> list = new ArrayList<>();
        scopes.forEach(s -> list.add(new SimpleGrantedAuthority(s.authority())));
        if (channel != null) {
            list.add(new SimpleGrantedAuthority(ApiScope.CHANNEL_AUTHORITY_PREFIX + channel));
        }
        return list;
    }
}
