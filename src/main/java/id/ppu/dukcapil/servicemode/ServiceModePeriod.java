package id.ppu.dukcapil.servicemode;

import java.time.Instant;

/**
 * A stretch of time in one service mode.
 *
 * @param from      when the mode took effect
 * @param to        when the next mode took effect, or null while it is still in force
 * @param changedBy who set it ("system" for the seeded history)
 */
public record ServiceModePeriod(
        ServiceMode mode, Instant from, Instant to, String reason, String changedBy, Instant changedAt) {

    public boolean isCurrent() {
        return to == null;
    }
}
