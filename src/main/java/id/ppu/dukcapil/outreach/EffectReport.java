package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * "Did it help?" as of a date: how many visits are done, how many still wait for their 90 days,
 * each evaluated visit's comparison, the summary across visits with enough data, and the
 * distribution of the per-visit differences.
 */
public record EffectReport(
        LocalDate asOf,
        int doneVisits,
        int pendingVisits,
        List<VisitEffect> visits,
        Summary summary,
        List<Bin> distribution) {

    /** What the evidence says, in plain words (the view words each verdict). */
    public enum Verdict {
        /** Fewer than {@link EffectModel#MIN_VISITS} visits with enough requests in every window. */
        TOO_FEW,
        /** The 95% interval of the average difference includes zero. */
        NO_CLEAR_CHANGE,
        /** Covered villages moved online faster than comparable ones. */
        ROSE,
        /** Covered villages moved online slower than comparable ones. */
        FELL
    }

    /**
     * Averages over the visits with enough data (percentage points): the covered villages'
     * change, the comparison villages' change, their difference, and its 95% interval.
     */
    public record Summary(
            int visits,
            int tooFewCases,
            double meanVisitedChange,
            double meanComparisonChange,
            double meanDifference,
            double low,
            double high,
            Verdict verdict) {}

    /** Visits whose difference lies in [from, to) percentage points (open-ended at the edges). */
    public record Bin(double from, double to, int visits) {}
}
