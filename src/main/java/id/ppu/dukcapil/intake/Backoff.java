package id.ppu.dukcapil.intake;

import java.time.Duration;

/**
 * The wait before the next attempt at a message: {@code base} after the first failed attempt,
 * doubled after each further one, never more than {@code max}; a rate limit's Retry-After is
 * honoured when it asks for longer (up to {@code max}).
 */
record Backoff(Duration base, Duration max) {

    Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("The base wait must be positive and at most the longest wait");
        }
    }

    /**
     * @param failedAttempts the attempts made so far, at least 1
     * @param retryAfter     what the server asked for, or null
     */
    Duration delay(int failedAttempts, Duration retryAfter) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("A delay follows a failed attempt");
        }
        // 2^(n-1) times the base, computed without overflow: past the cap it stays at the cap.
        Duration d = base;
        for (int i = 1; i < failedAttempts && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        if (retryAfter != null && retryAfter.compareTo(d) > 0) {
            d = retryAfter;
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
