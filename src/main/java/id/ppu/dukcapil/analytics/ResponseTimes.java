package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.base.WorkingHours;
import id.ppu.dukcapil.intake.WhatsAppActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * How fast the clerks answered residents on WhatsApp, in working time ({@link WorkingHours}).
 *
 * <p>A resident starts waiting with a message in a conversation that began in the triage queue
 * (a case created in TRIAGE) when nothing of theirs is waiting already: the conversation's first
 * message, or the first one after a clerk's reply. The wait ends with the clerk's next reply
 * (whatever became of it afterwards: sent, failed or kept back after an opt-out); see
 * {@link WhatsAppActivity#waits}. A wait without
 * a reply is still waiting while the case is in triage; once the case has left triage without a
 * reply (completed from the conversation, rejected, merged) it is closed without reply and counted
 * apart. Status notifications, automatic answers and opt-out confirmations are no replies.
 *
 * @param waits              waits that started in the period
 * @param answered           of them, answered by a clerk's reply
 * @param waiting            of them, without a reply and still in triage
 * @param closedWithoutReply of them, without a reply and out of triage
 * @param medianHours        median working hours to the reply of the answered waits, or null
 * @param p90Hours           their 90th percentile (interpolated as PostgreSQL's percentile_cont), or null
 * @param withinHourShare    answered within one working hour, of the answered and the still waiting
 *                           that have waited that long already (null if none)
 * @param withinDayShare     the same for one working day ({@code workingDayHours} of working time)
 * @param workingDayHours    the length of a working day in hours
 */
public record ResponseTimes(
        long waits,
        long answered,
        long waiting,
        long closedWithoutReply,
        Double medianHours,
        Double p90Hours,
        Double withinHourShare,
        Double withinDayShare,
        double workingDayHours) {

    /** The figures of {@code waits}, measured in {@code hours}; unanswered waits have lasted until {@code now}. */
    static ResponseTimes of(List<WhatsAppActivity.Wait> waits, WorkingHours hours, Instant now) {
        Duration hour = Duration.ofHours(1);
        Duration day = hours.workingDay();
        double[] answered = waits.stream()
                .filter(w -> w.answeredAt() != null)
                .mapToDouble(w -> hoursOf(hours.between(w.from(), w.answeredAt())))
                .sorted()
                .toArray();
        List<Duration> waitingSoFar = waits.stream()
                .filter(w -> w.answeredAt() == null && w.inTriage())
                .map(w -> hours.between(w.from(), now))
                .toList();
        long closed = waits.stream()
                .filter(w -> w.answeredAt() == null && !w.inTriage())
                .count();
        return new ResponseTimes(
                waits.size(),
                answered.length,
                waitingSoFar.size(),
                closed,
                percentile(answered, 0.5),
                percentile(answered, 0.9),
                within(answered, waitingSoFar, hour),
                within(answered, waitingSoFar, day),
                hoursOf(day));
    }

    /** The continuous percentile of sorted values (linear between neighbours, as percentile_cont); null if empty. */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static Double within(double[] answered, List<Duration> waitingSoFar, Duration limit) {
        double limitHours = hoursOf(limit);
        long inTime = Arrays.stream(answered).filter(h -> h <= limitHours).count();
        long missed = waitingSoFar.stream().filter(d -> d.compareTo(limit) >= 0).count();
        long known = answered.length + missed;
        return known == 0 ? null : (double) inTime / known;
    }

    private static double hoursOf(Duration d) {
        return d.toMillis() / 3_600_000.0;
    }
}
