package id.ppu.dukcapil.analytics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The dashboard's period presets. Each runs in whole calendar months up to the end of the current
 * month (no case is submitted in the future), so they read the month rollups only.
 */
public enum PeriodPreset {
    THIS_MONTH,
    LAST_3_MONTHS,
    LAST_12_MONTHS,
    THIS_YEAR,
    ALL,
    CUSTOM;

    /** The first month with online services: where "all" and the trend begin. */
    public static final LocalDate DATA_START = LocalDate.of(2019, 1, 1);

    /** The period this preset means on {@code today}; CUSTOM has no period of its own. */
    public Period resolve(LocalDate today) {
        LocalDate monthEnd = today.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate monthStart = today.withDayOfMonth(1);
        return switch (this) {
            case THIS_MONTH -> new Period(monthStart, monthEnd);
            case LAST_3_MONTHS -> new Period(monthStart.minusMonths(2), monthEnd);
            case LAST_12_MONTHS -> new Period(monthStart.minusMonths(11), monthEnd);
            case THIS_YEAR -> new Period(today.withDayOfYear(1), today.with(TemporalAdjusters.lastDayOfYear()));
            case ALL -> new Period(DATA_START.isBefore(monthStart) ? DATA_START : monthStart, monthEnd);
            case CUSTOM -> throw new IllegalStateException("A custom period comes from its own dates");
        };
    }
}
