package id.ppu.dukcapil.analytics;

/** Open requests past their due date by this many days (a band of {@link OverdueAge}). */
public record OverdueCount(OverdueAge age, long cases) {}
