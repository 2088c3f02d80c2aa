package id.ppu.dukcapil.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Puts a {@link MutableClock} in place of the application's {@code Clock} bean. A plain
 * {@code @Configuration} (not {@code @TestConfiguration}) on purpose: the application's component
 * scan finds it on the test class path, so every Spring test context has it without asking.
 * Tests inject {@code MutableClock} to pin "today".
 */
@Configuration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
