package id.ppu.dukcapil.analytics;

/** How the service-standard figures group their rows. */
public enum StandardGrouping {
    /** One row per service type. */
    SERVICE("c.service_type"),
    /** One row per channel the request first arrived through. */
    CHANNEL("c.channel"),
    /** One row per district of the regency. */
    DISTRICT("c.district_code");

    private final String column;

    StandardGrouping(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
