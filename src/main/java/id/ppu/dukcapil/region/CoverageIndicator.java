package id.ppu.dukcapil.region;

import id.ppu.dukcapil.base.MessageKey;
import java.util.Locale;
import java.util.Optional;

/**
 * A coverage indicator of the registry's aggregate reports, with the weight its gap has in the
 * planner's coverage-gap factor. A missing e-KTP recording or birth certificate blocks services
 * (voting, school, health insurance), so those count fully; a KIA or an IKD activation is worth
 * half a visit's effort.
 */
public enum CoverageIndicator implements MessageKey {
    /** e-KTP recorded against residents obliged to hold one (wajib KTP). */
    EKTP(1.0, "EKTP", "KTP"),
    /** Children 0-17 with a birth certificate against all children 0-17. */
    BIRTH_CERT(1.0, "AKTA_LAHIR", "AKTA"),
    /** Children with a KIA against all children 0-17. */
    KIA(0.5, "KIA", "KIA"),
    /** Digital ID (IKD) activated against wajib KTP. */
    IKD(0.5, "IKD", "IKD");

    private final double gapWeight;
    private final String alias;
    private final String shortAlias;

    CoverageIndicator(double gapWeight, String alias, String shortAlias) {
        this.gapWeight = gapWeight;
        this.alias = alias;
        this.shortAlias = shortAlias;
    }

    /** How much one person without this document counts in the planner's coverage-gap factor. */
    public double gapWeight() {
        return gapWeight;
    }

    /** The indicator named by a report's column: the enum name or its Indonesian name. */
    public static Optional<CoverageIndicator> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (CoverageIndicator i : values()) {
            if (i.name().equals(t) || i.alias.equals(t) || i.shortAlias.equals(t)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    @Override
    public String messageKey() {
        return "coverage.indicator." + name();
    }
}
