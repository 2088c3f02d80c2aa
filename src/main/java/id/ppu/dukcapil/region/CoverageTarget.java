package id.ppu.dukcapil.region;

import java.math.BigDecimal;
import java.time.Instant;

/** The target of one indicator in one year, as a share (0.85 = 85 %), with its source and who set it. */
public record CoverageTarget(
        CoverageIndicator indicator, int year, BigDecimal target, String source, String updatedBy, Instant updatedAt) {

    public static final int MAX_SOURCE = 200;
}
