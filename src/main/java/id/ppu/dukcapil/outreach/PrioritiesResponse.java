package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code GET /api/v1/outreach/priorities}: villages in rank order with score, every
 * factor's raw and scaled value, and the "Reaching Every District" category, with the weights
 * (saved or default), thresholds and regency reference values they were computed with.
 * Ratios are rounded to 4 decimals, scores and rates to 2.
 */
record PrioritiesResponse(
        LocalDate date,
        boolean weightsSaved,
        boolean officeOnlineOnly,
        Map<Factor, Integer> weights,
        Thresholds thresholds,
        Regency regency,
        List<Village> villages) {

    record Regency(long population, long cases12m, double onlineShare, double casesPer1000) {}

    record FactorJson(Double raw, double scaled, int weight, double contribution) {}

    record Village(
            int rank,
            String code,
            String name,
            String districtCode,
            String districtName,
            double score,
            int category,
            double accessRatio,
            double utilisation,
            boolean hardToReach,
            Map<Factor, FactorJson> factors) {}

    static PrioritiesResponse of(PriorityReport report, PlannerSettings settings) {
        RegencyFacts r = report.regency();
        List<Village> villages = report.villages().stream()
                .map(p -> {
                    Map<Factor, FactorJson> factors = new LinkedHashMap<>();
                    p.factors()
                            .forEach(f -> factors.put(
                                    f.factor(),
                                    new FactorJson(
                                            f.raw() == null ? null : round(f.raw(), 2),
                                            round(f.scaled(), 4),
                                            f.weight(),
                                            round(f.contribution(), 2))));
                    VillageFacts v = p.village();
                    return new Village(
                            p.rank(),
                            v.code(),
                            v.name(),
                            v.districtCode(),
                            v.districtName(),
                            round(p.score(), 2),
                            p.category().number(),
                            round(p.accessRatio(), 4),
                            round(p.utilisation(), 4),
                            v.hardToReach(),
                            factors);
                })
                .toList();
        return new PrioritiesResponse(
                report.date(),
                settings.saved(),
                settings.officeOnlineOnly(),
                report.weights().asMap(),
                report.thresholds(),
                new Regency(r.population(), r.cases12m(), round(r.onlineShare(), 4), round(r.casesPer1000(), 2)),
                villages);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
