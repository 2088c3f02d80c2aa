package id.ppu.dukcapil.outreach;

/**
 * Where the 2x2 of WHO's "Reaching Every District" draws its lines: access is good when the
 * village's uptake per 1,000 residents reaches {@code accessGoodPct} percent of the regency's
 * rate (default 80), utilisation is good when {@code utilisationGoodPct} percent of its requests
 * of the last 12 months reached COMPLETED (default 90).
 */
public record Thresholds(int accessGoodPct, int utilisationGoodPct) {

    public static final Thresholds DEFAULT = new Thresholds(80, 90);

    public Thresholds {
        if (accessGoodPct < 1 || accessGoodPct > 200) {
            throw new OutreachException("outreach.error.accessThreshold", accessGoodPct);
        }
        if (utilisationGoodPct < 1 || utilisationGoodPct > 100) {
            throw new OutreachException("outreach.error.utilisationThreshold", utilisationGoodPct);
        }
    }
}
