package id.ppu.dukcapil.analytics;

/**
 * How well one group (a service, a channel, a district, or all of them) meets the service standard.
 *
 * @param completed               requests completed on a day of the period
 * @param completedWithinStandard of those, completed on or before their due date
 * @param openOverdue             open requests whose clock runs and whose due date has passed, today
 * @param medianWorkingDays       median of the working days charged to the office (pauses for the resident
 *                                left out) over the completed requests, or null without any
 */
public record StandardShare(
        String key,
        String name,
        long completed,
        long completedWithinStandard,
        long openOverdue,
        Double medianWorkingDays) {

    /** Completed within the standard over completed, or null when nothing was completed. */
    public Double withinStandardShare() {
        return completed == 0 ? null : (double) completedWithinStandard / completed;
    }
}
