package id.ppu.dukcapil.analytics;

/** How the open statistics group their rows. */
public enum UptakeGrouping {
    /** One row per district of the regency (or the filtered one). */
    DISTRICT,
    /** One row per village (of the filtered district, or of the whole regency). */
    VILLAGE,
    /** One row per calendar month of the period, for the filter's area. */
    MONTH
}
