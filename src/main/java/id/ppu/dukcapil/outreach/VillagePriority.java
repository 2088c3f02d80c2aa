package id.ppu.dukcapil.outreach;

import java.util.List;

/**
 * A village's place in the outreach ranking: rank (0 when excluded from the plan), score 0..100,
 * the factor breakdown that explains it, and its "Reaching Every District" category with the two
 * ratios behind it (access: coverage against target where coverage figures exist, flagged by
 * {@code accessFromCoverage}, else uptake against the regency's rate as a proxy; share of requests completed).
 */
public record VillagePriority(
        int rank,
        VillageFacts village,
        List<FactorValue> factors,
        double score,
        RedCategory category,
        double accessRatio,
        double utilisation,
        boolean excluded,
        boolean accessFromCoverage) {

    /** A priority whose access axis is the uptake proxy. */
    public VillagePriority(
            int rank,
            VillageFacts village,
            List<FactorValue> factors,
            double score,
            RedCategory category,
            double accessRatio,
            double utilisation,
            boolean excluded) {
        this(rank, village, factors, score, category, accessRatio, utilisation, excluded, false);
    }

    public FactorValue factor(Factor f) {
        return factors.get(f.ordinal());
    }

    VillagePriority ranked(int newRank) {
        return new VillagePriority(
                newRank, village, factors, score, category, accessRatio, utilisation, excluded, accessFromCoverage);
    }
}
