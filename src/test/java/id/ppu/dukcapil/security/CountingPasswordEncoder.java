package id.ppu.dukcapil.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The real BCrypt encoder, counting how many password checks ({@code matches}) ran. */
final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.incrementAndGet();
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    int checks() {
        return checks.get();
    }

    void reset() {
        checks.set(0);
    }

    /** Puts the counting encoder in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }
}
