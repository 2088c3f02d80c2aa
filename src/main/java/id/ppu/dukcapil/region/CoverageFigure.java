package id.ppu.dukcapil.region;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator's figures for an area and semester: holders against the eligible population, the
 * target of the semester's year (null without one), the coverage and the gap in people.
 */
public record CoverageFigure(CoverageIndicator indicator, long holders, long eligible, BigDecimal target) {

    /** Holders over eligible, or null without eligible residents. */
    public Double coverage() {
        return eligible == 0 ? null : (double) holders / eligible;
    }

    /** People still to reach: max(0, target x eligible - holders), 0 without a target. */
    public long gap() {
        return gap(target, eligible, holders);
    }

    /**
     * max(0, target x eligible - holders), with target x eligible rounded up: reaching 84.2 of a
     * target of 85 % of 99 children still leaves one child to reach. Exact decimal arithmetic, so
     * 0.85 x 100 is 85, not 85.00000000000001.
     */
    public static long gap(BigDecimal target, long eligible, long holders) {
        if (target == null) {
            return 0;
        }
        long needed = target.multiply(BigDecimal.valueOf(eligible))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return Math.max(0, needed - holders);
    }
}
