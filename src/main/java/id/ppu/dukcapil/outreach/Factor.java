package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.MessageKey;

/** The six factors of a village's outreach priority, each scaled to 0..1. */
public enum Factor implements MessageKey {
    /** Open cases of the village's residents waiting for an in-person step, relative to one visit's capacity. */
    DEMAND,
    /** How far the village's online share (last 12 months) lies below the regency's. */
    ADOPTION_GAP,
    /** How far the village's cases per 1,000 residents (last 12 months) lie below the regency's rate. */
    UNDER_SERVICE,
    /** Distance from the office and the hard-to-reach flag. */
    ACCESS,
    /** Days since the last done visit covering the village; never visited counts as longest. */
    RECENCY,
    /**
     * People still without each document (coverage gap in the newest semester with figures),
     * weighted per indicator, relative to the village with the largest gap; 0 without figures.
     */
    COVERAGE_GAP;

    @Override
    public String messageKey() {
        return "outreach.factor." + name();
    }
}
