package id.ppu.dukcapil.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.ppu.dukcapil.security.ui.LoginView;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Form login through Vaadin's login view ({@link AccountAuthenticationProvider} checks the
 * password); roles guard every view; a session ends once its account changes
 * ({@link AccountSessionFilter}).
 */
@Configuration
@EnableWebSecurity
// Method security through @PreAuthorize only: JSR-250 would proxy every view carrying @RolesAllowed.
@EnableMethodSecurity
class SecurityConfig {

    private static final VaadinAwareSecurityContextHolderStrategy STRATEGY =
            new VaadinAwareSecurityContextHolderStrategy();

    /**
     * Vaadin's security context strategy (what {@code VaadinAwareSecurityContextHolderStrategyConfiguration}
     * provides), but one instance per JVM: {@link SecurityContextHolder}'s strategy is global, and
     * Vaadin's configuration installs a fresh one for every application context, so with two
     * contexts in one JVM (the tests) method security of the first would read a context that
     * {@code SecurityContextHolder} no longer writes.
     */
    @Bean
    static VaadinAwareSecurityContextHolderStrategy securityContextHolderStrategy() {
        SecurityContextHolder.setContextHolderStrategy(STRATEGY);
        return STRATEGY;
    }

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(
            HttpSecurity http,
            SignInAttempts accounts,
            SecurityContextHolderStrategy securityContextHolderStrategy,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(
                a -> a.requestMatchers("/images/**", "/icons/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class));
        http.addFilterAfter(
                new AccountSessionFilter(accounts, securityContextHolderStrategy, clock),
                SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
