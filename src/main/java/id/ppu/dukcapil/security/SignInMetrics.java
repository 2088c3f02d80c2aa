package id.ppu.dukcapil.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in metrics: {@value #FAILURES} by {@code reason}, and {@value #LOCKOUTS} (accounts
 * locked by a failed attempt). Never a username: who failed is in the audit trail.
 */
@Component
class SignInMetrics {

    static final String FAILURES = "dukcapil.sign_in.failures";
    static final String LOCKOUTS = "dukcapil.sign_in.lockouts";

    /** Why a sign-in failed. */
    enum Reason {
        UNKNOWN_ACCOUNT,
        WRONG_PASSWORD,
        ACCOUNT_DISABLED,
        ACCOUNT_LOCKED
    }

    private final Map<Reason, Counter> failures = new EnumMap<>(Reason.class);
    private final Counter lockouts;

    SignInMetrics(MeterRegistry registry) {
        for (Reason reason : Reason.values()) {
            failures.put(
                    reason,
                    Counter.builder(FAILURES)
                            .description("Failed staff sign-ins, by reason")
                            .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
        lockouts = Counter.builder(LOCKOUTS)
                .description("Accounts locked after repeated failed sign-ins")
                .register(registry);
    }

    void failed(Reason reason) {
        failures.get(reason).increment();
    }

    void locked() {
        lockouts.increment();
    }
}
