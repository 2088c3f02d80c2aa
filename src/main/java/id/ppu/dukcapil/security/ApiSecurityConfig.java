package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.api.ApiProblemWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The API's own security, ahead of Vaadin's: {@code /api/**} is stateless, without CSRF (no
 * cookies are involved) and authenticated by API keys; errors are problem+json, never a login
 * redirect. Rules per endpoint:
 * <ul>
 * <li>{@code /api/v1/whatsapp/webhook}: public; the controller verifies Meta's signature.</li>
 * <li>{@code POST /api/v1/cases}: {@code SCOPE_submit}; {@code GET /api/v1/cases/**}: submit or read.</li>
 * <li>{@code POST /api/v1/imports}: {@code SCOPE_import}.</li>
 * <li>anything else under {@code /api/**}: {@code SCOPE_read} (so read-only endpoints of other
 * features, e.g. statistics, need no rule of their own).</li>
 * </ul>
 * The OpenAPI description and Swagger UI are public and outside Vaadin's login.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiKeyService keys, ApiProblemWriter writer)
            throws Exception {
        ApiProblemResponses problems = new ApiProblemResponses(writer);
        http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        ApiSecurityConfig::isErrorOfApiRequest))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/api/v1/whatsapp/webhook")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases")
                        .hasAuthority(ApiScope.SUBMIT_AUTHORITY)
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases/**")
                        .hasAnyAuthority(ApiScope.SUBMIT_AUTHORITY, ApiScope.READ_AUTHORITY)
                        .requestMatchers(HttpMethod.POST, "/api/v1/imports")
                        .hasAuthority(ApiScope.IMPORT_AUTHORITY)
                        .anyRequest()
                        .hasAuthority(ApiScope.READ_AUTHORITY));
        return http.build();
    }

    /**
     * The error page of a failed API request (Spring Boot forwards to /error) stays in the API's
     * chain: under Vaadin's chain it would answer a script with a redirect to the login page.
     */
    private static boolean isErrorOfApiRequest(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(
                        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }
}
