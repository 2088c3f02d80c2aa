package id.ppu.dukcapil.outreach;

/**
 * One factor of one village: the raw value (unit depends on the factor: waiting cases, online
 * share in percent, cases per 1,000 residents, kilometres, days since the last visit; null for
 * a village never visited), its value scaled to 0..1, the weight it got and the points it adds
 * to the 0..100 score.
 */
public record FactorValue(Factor factor, Double raw, double scaled, int weight, double contribution) {}
