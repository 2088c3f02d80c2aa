package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.region.CoverageFigure;
import id.ppu.dukcapil.region.CoverageIndicator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transparent village priority. Every factor is scaled to 0..1:
 * <ul>
 * <li>demand: waiting in-person cases divided by one visit's capacity, capped at 1;</li>
 * <li>adoption gap: (regency online share − village online share) / regency online share, at least 0;</li>
 * <li>under-service: (regency rate − village rate) / regency rate, at least 0, rates in cases per
 * 1,000 residents over the last 12 months;</li>
 * <li>access: half the distance relative to the farthest village, half the hard-to-reach flag;</li>
 * <li>recency: days since the last done visit over {@value #RECENCY_FULL_DAYS}, capped at 1;
 * a village never visited counts 1;</li>
 * <li>coverage gap: the village's people still without each document (gap to the target in the
 * newest semester with figures), weighted per indicator ({@link CoverageIndicator#gapWeight()}),
 * over the largest such figure of any village; 0 for a village without figures.</li>
 * </ul>
 * The 2x2's access axis is the village's mean coverage relative to target (per indicator with a
 * target) where coverage figures exist, else requests per 1,000 residents against the regency's
 * rate (the proxy).
 *
 * The score is the weighted mean of the scaled factors times 100. Ties rank by village code,
 * so the order is stable.
 */
public final class PriorityModel {

    /**
     * Days without a visit after which recency counts fully: about a season, the interval at
     * which the team can come back to a village with two visit days a week across the regency.
     */
    public static final int RECENCY_FULL_DAYS = 90;

    private static final Comparator<VillagePriority> BY_SCORE = Comparator.comparingDouble(VillagePriority::score)
            .reversed()
            .thenComparing(p -> p.village().code());

    private final RegencyFacts regency;
    private final Weights weights;
    private final Thresholds thresholds;
    private final int capacity;
    private Map<String, List<CoverageFigure>> coverage = Map.of();
    private double maxWeightedGap;

    public PriorityModel(RegencyFacts regency, Weights weights, Thresholds thresholds, int capacity) {
        if (capacity < 1) {
            throw new OutreachException("outreach.error.capacity", capacity);
        }
        this.regency = regency;
        this.weights = weights;
        this.thresholds = thresholds;
        this.capacity = capacity;
    }

    /**
     * This model with each village's coverage figures (village code to its indicators); villages
     * without figures keep the proxy access axis and a coverage gap of 0.
     */
    public PriorityModel withCoverage(Map<String, List<CoverageFigure>> figures) {
        this.coverage = Map.copyOf(figures);
        this.maxWeightedGap = figures.values().stream()
                .mapToDouble(PriorityModel::weightedGap)
                .max()
                .orElse(0);
        return this;
    }

    /** People without each document, weighted per indicator. */
    static double weightedGap(List<CoverageFigure> figures) {
        return figures.stream()
                .mapToDouble(f -> f.gap() * f.indicator().gapWeight())
                .sum();
    }

    /** Mean of coverage over target across the indicators with a positive target and eligible residents, or null. */
    static Double coverageAgainstTarget(List<CoverageFigure> figures) {
        return figures.stream()
                .filter(f -> f.target() != null && f.target().signum() > 0 && f.coverage() != null)
                .mapToDouble(f -> f.coverage() / f.target().doubleValue())
                .average()
                .stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }

    /** Every village with its score and breakdown at {@code date}, best first; excluded villages last, unranked. */
    public List<VillagePriority> rank(List<VillageFacts> villages, LocalDate date, Set<String> excluded) {
        List<VillagePriority> in = new ArrayList<>();
        List<VillagePriority> out = new ArrayList<>();
        for (VillageFacts v : villages) {
            VillagePriority p = evaluate(v, date, excluded.contains(v.code()));
            (p.excluded() ? out : in).add(p);
        }
        in.sort(BY_SCORE);
        out.sort(BY_SCORE);
        List<VillagePriority> ranked = new ArrayList<>(villages.size());
        for (int i = 0; i < in.size(); i++) {
            ranked.add(in.get(i).ranked(i + 1));
        }
        ranked.addAll(out);
        return ranked;
    }

    /** One village's factors, score and category at {@code date}. */
    public VillagePriority evaluate(VillageFacts v, LocalDate date, boolean excluded) {
        double total = weights.total();
        List<FactorValue> factors = new ArrayList<>(Factor.values().length);
        double score = 0;
        for (Factor f : Factor.values()) {
            double scaled = scaled(f, v, date);
            int w = weights.of(f);
            double contribution = total == 0 ? 0 : 100 * w * scaled / total;
            score += contribution;
            factors.add(new FactorValue(f, raw(f, v, date), scaled, w, contribution));
        }
        Double fromCoverage = coverage.containsKey(v.code()) ? coverageAgainstTarget(coverage.get(v.code())) : null;
        double accessRatio = fromCoverage != null
                ? fromCoverage
                : regency.casesPer1000() == 0 ? 0 : v.casesPer1000() / regency.casesPer1000();
        double utilisation = v.completedShare();
        RedCategory category = RedCategory.of(
                accessRatio * 100 >= thresholds.accessGoodPct() - 1e-9,
                utilisation * 100 >= thresholds.utilisationGoodPct() - 1e-9);
        return new VillagePriority(
                0, v, List.copyOf(factors), score, category, accessRatio, utilisation, excluded, fromCoverage != null);
    }

    /** The ranking aggregated to districts (excluded villages left out), by mean score. */
    public static List<DistrictPriority> byDistrict(List<VillagePriority> ranking) {
        Map<String, List<VillagePriority>> groups = new LinkedHashMap<>();
        for (VillagePriority p : ranking) {
            if (!p.excluded()) {
                groups.computeIfAbsent(p.village().districtCode(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        List<DistrictPriority> rows = new ArrayList<>();
        for (List<VillagePriority> g : groups.values()) {
            VillagePriority top = g.get(0);
            rows.add(new DistrictPriority(
                    0,
                    top.village().districtCode(),
                    top.village().districtName(),
                    g.size(),
                    g.stream().mapToDouble(VillagePriority::score).average().orElse(0),
                    top.score(),
                    top.village().name(),
                    g.stream().mapToInt(p -> p.village().waitingInPerson()).sum(),
                    (int) g.stream()
                            .filter(p -> p.category() == RedCategory.CAT_4)
                            .count()));
        }
        rows.sort(Comparator.comparingDouble(DistrictPriority::meanScore)
                .reversed()
                .thenComparing(DistrictPriority::districtCode));
        List<DistrictPriority> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            DistrictPriority d = rows.get(i);
            ranked.add(new DistrictPriority(
                    i + 1,
                    d.districtCode(),
                    d.districtName(),
                    d.villages(),
                    d.meanScore(),
                    d.maxScore(),
                    d.topVillage(),
                    d.waitingInPerson(),
                    d.category4()));
        }
        return ranked;
    }

    private double scaled(Factor f, VillageFacts v, LocalDate date) {
        return switch (f) {
            case DEMAND -> Math.min(1, (double) v.waitingInPerson() / capacity);
            case ADOPTION_GAP -> belowReference(v.onlineShare(), regency.onlineShare());
            case UNDER_SERVICE -> belowReference(v.casesPer1000(), regency.casesPer1000());
            case ACCESS ->
                0.5 * (regency.maxDistanceKm() <= 0 ? 0 : Math.min(1, v.distanceKm() / regency.maxDistanceKm()))
                        + (v.hardToReach() ? 0.5 : 0);
            case RECENCY ->
                v.lastVisit() == null
                        ? 1
                        : Math.min(
                                1,
                                Math.max(0, ChronoUnit.DAYS.between(v.lastVisit(), date)) / (double) RECENCY_FULL_DAYS);
            case COVERAGE_GAP ->
                !coverage.containsKey(v.code()) || maxWeightedGap <= 0
                        ? 0
                        : weightedGap(coverage.get(v.code())) / maxWeightedGap;
        };
    }

    private Double raw(Factor f, VillageFacts v, LocalDate date) {
        return switch (f) {
            case DEMAND -> (double) v.waitingInPerson();
            case ADOPTION_GAP -> 100 * v.onlineShare();
            case UNDER_SERVICE -> v.casesPer1000();
            case ACCESS -> v.distanceKm();
            case RECENCY ->
                v.lastVisit() == null ? null : (double) Math.max(0, ChronoUnit.DAYS.between(v.lastVisit(), date));
            case COVERAGE_GAP -> coverage.containsKey(v.code()) ? weightedGap(coverage.get(v.code())) : null;
        };
    }

    /** How far {@code value} lies below {@code reference}, as a share of the reference (0 when at or above). */
    private static double belowReference(double value, double reference) {
        return reference <= 0 ? 0 : Math.max(0, Math.min(1, (reference - value) / reference));
    }
}
