package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.api.ApiProblemWriter;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Spring Boot Actuator on the application's own port, ahead of Vaadin's chain and stateless:
 * <ul>
 * <li>{@code GET /actuator/health}, {@code /actuator/health/liveness}, {@code /actuator/health/readiness}:
 * public, for load balancers and systemd checks; they answer the status only (no details, no
 * components: {@code management.endpoint.health.show-*=never}).</li>
 * <li>{@code GET /actuator/prometheus}: an API key with the read scope ({@code Authorization: Bearer}),
 * the same keys, hashing and revocation as the channel API; submit and import keys are refused (403),
 * no key is 401.</li>
 * <li>anything else under {@code /actuator}: refused (and not exposed at all, see application.properties).</li>
 * </ul>
 * A management port of its own was the alternative; it would be open to whoever reaches the port,
 * so it needs a firewall that this choice does not (docs/OPERATIONS.md).
 */
@Configuration
class ManagementSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, ApiKeyService keys, ApiProblemWriter writer)
            throws Exception {
        ApiProblemResponses problems = new ApiProblemResponses(writer);
        http.securityMatcher("/actuator", "/actuator/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                HttpMethod.GET,
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .hasAuthority(ApiScope.READ_AUTHORITY)
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    /**
     * The probe groups answer at their paths but are not listed in {@code /actuator/health}, which
     * would otherwise add {@code "groups":["liveness","readiness"]} to the status: the public answer
     * is the status and nothing else.
     */
    @Bean
    static HealthEndpointGroupsPostProcessor unlistedHealthGroups() {
        return groups -> new HealthEndpointGroups() {
            @Override
            public HealthEndpointGroup getPrimary() {
                return groups.getPrimary();
            }

            @Override
            public Set<String> getNames() {
                return Set.of();
            }

            @Override
            public HealthEndpointGroup get(String name) {
                return groups.get(name);
            }

            @Override
            public HealthEndpointGroup get(AdditionalHealthEndpointPath path) {
                return groups.get(path);
            }

            @Override
            public Set<HealthEndpointGroup> getAllWithAdditionalPath(WebServerNamespace namespace) {
                return groups.getAllWithAdditionalPath(namespace);
            }
        };
    }
}
