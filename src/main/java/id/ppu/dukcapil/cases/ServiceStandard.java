package id.ppu.dukcapil.cases;

import java.time.Instant;

/** The working days a service may take, where the figure comes from, and who set it when. */
public record ServiceStandard(
        ServiceType serviceType, int workingDays, String source, String updatedBy, Instant updatedAt) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 60;
    public static final int MAX_SOURCE = 500;
}
