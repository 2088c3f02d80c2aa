package id.ppu.dukcapil.outreach;

import java.util.ArrayList;
import java.util.List;

/**
 * Summarises the per-visit comparisons as a simple difference-in-differences: the average of
 * (covered villages' change − comparison villages' change) over visits with enough requests,
 * with a 95% t interval. With fewer than {@value #MIN_VISITS} such visits it says so.
 */
public final class EffectModel {

    /** Requests a window needs before its online share is used. */
    public static final int MIN_CASES = 20;
    /** Visits with enough data needed before an average is shown. */
    public static final int MIN_VISITS = 3;
    /** Width of a distribution bin in percentage points; the outer bins are open-ended. */
    static final double BIN = 5;

    static final double BIN_EDGE = 20;

    /** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
    private static final double[] T975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
        2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    private EffectModel() {}

    static EffectReport.Summary summarise(List<VisitEffect> visits) {
        List<VisitEffect> usable =
                visits.stream().filter(VisitEffect::enoughData).toList();
        int tooFew = visits.size() - usable.size();
        int n = usable.size();
        if (n == 0) {
            return new EffectReport.Summary(
                    0,
                    tooFew,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    EffectReport.Verdict.TOO_FEW);
        }
        double visited = usable.stream()
                .mapToDouble(VisitEffect::visitedChange)
                .average()
                .orElse(Double.NaN);
        double comparison = usable.stream()
                .mapToDouble(VisitEffect::comparisonChange)
                .average()
                .orElse(Double.NaN);
        double mean =
                usable.stream().mapToDouble(VisitEffect::difference).average().orElse(Double.NaN);
        if (n < MIN_VISITS) {
            return new EffectReport.Summary(
                    n, tooFew, visited, comparison, mean, Double.NaN, Double.NaN, EffectReport.Verdict.TOO_FEW);
        }
        double ss = usable.stream()
                .mapToDouble(v -> Math.pow(v.difference() - mean, 2))
                .sum();
        double se = Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        double t = n - 1 <= T975.length ? T975[n - 2] : 1.96;
        double low = mean - t * se;
        double high = mean + t * se;
        EffectReport.Verdict verdict = low > 0
                ? EffectReport.Verdict.ROSE
                : high < 0 ? EffectReport.Verdict.FELL : EffectReport.Verdict.NO_CLEAR_CHANGE;
        return new EffectReport.Summary(n, tooFew, visited, comparison, mean, low, high, verdict);
    }

    /** The per-visit differences in 5-point bins from below −20 to 20 and above. */
    static List<EffectReport.Bin> distribution(List<VisitEffect> visits) {
        List<EffectReport.Bin> bins = new ArrayList<>();
        int count = (int) (2 * BIN_EDGE / BIN) + 2;
        int[] counts = new int[count];
        for (VisitEffect v : visits) {
            if (!v.enoughData()) {
                continue;
            }
            double d = v.difference();
            int i = d < -BIN_EDGE ? 0 : d >= BIN_EDGE ? count - 1 : 1 + (int) Math.floor((d + BIN_EDGE) / BIN);
            counts[i]++;
        }
        for (int i = 0; i < count; i++) {
            double from = i == 0 ? Double.NEGATIVE_INFINITY : -BIN_EDGE + (i - 1) * BIN;
            double to = i == count - 1 ? Double.POSITIVE_INFINITY : -BIN_EDGE + i * BIN;
            bins.add(new EffectReport.Bin(from, to, counts[i]));
        }
        return bins;
    }
}
