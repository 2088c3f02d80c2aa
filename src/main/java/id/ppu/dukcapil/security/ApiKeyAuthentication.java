package id.ppu.dukcapil.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API key; its name is the history's actor ({@code api:<key name>}). */
class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiPrincipal principal;

    ApiKeyAuthentication(ApiPrincipal principal) {
        super(principal.authorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.actor();
    }
}
