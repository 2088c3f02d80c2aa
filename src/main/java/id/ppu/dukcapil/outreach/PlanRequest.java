package id.ppu.dukcapil.outreach;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the planner asks the schedule for: visit days from {@code start} for {@code weeks}
 * weeks on the given weekdays, each day's capacity (people) and the most villages one day can
 * cover, the villages excluded from this plan, and the weights of the ranking.
 */
public record PlanRequest(
        LocalDate start,
        int weeks,
        Set<DayOfWeek> weekdays,
        int capacity,
        int maxVillagesPerDay,
        Set<String> excluded,
        Weights weights) {

    public static final int DEFAULT_WEEKS = 4;
    public static final int DEFAULT_CAPACITY = 100;
    /** A team can drive to a handful of villages in a day; the demo history covers 2 to 4. */
    public static final int DEFAULT_MAX_VILLAGES = 4;

    public static final Set<DayOfWeek> DEFAULT_WEEKDAYS = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

    public PlanRequest {
        if (start == null) {
            throw new OutreachException("outreach.error.startRequired");
        }
        if (weeks < 1 || weeks > 26) {
            throw new OutreachException("outreach.error.weeks", weeks);
        }
        if (weekdays == null || weekdays.isEmpty()) {
            throw new OutreachException("outreach.error.weekdays");
        }
        if (capacity < 1 || capacity > 1000) {
            throw new OutreachException("outreach.error.capacity", capacity);
        }
        if (maxVillagesPerDay < 1 || maxVillagesPerDay > 20) {
            throw new OutreachException("outreach.error.maxVillages", maxVillagesPerDay);
        }
        weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    /** The default plan: the next 4 weeks from {@code start}, Tuesdays and Thursdays, 100 people a day. */
    public static PlanRequest defaults(LocalDate start, Weights weights) {
        return new PlanRequest(
                start, DEFAULT_WEEKS, DEFAULT_WEEKDAYS, DEFAULT_CAPACITY, DEFAULT_MAX_VILLAGES, Set.of(), weights);
    }

    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }
}
