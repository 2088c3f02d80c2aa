package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.cases.CaseStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Requests not yet COMPLETED, REJECTED or MERGED at the end of a day ({@code asOf}), by age.
 *
 * @param current whether {@code asOf} is today, so the open statuses (and waiting in person) are known
 */
public record Backlog(LocalDate asOf, boolean current, List<BacklogCount> counts) {

    public long total() {
        return counts.stream().mapToLong(BacklogCount::cases).sum();
    }

    /** Requests waiting for the citizen to come in person, or null for a day in the past. */
    public Long waitingInPerson() {
        return current
                ? counts.stream()
                        .filter(c -> c.status() == CaseStatus.WAITING_IN_PERSON)
                        .mapToLong(BacklogCount::cases)
                        .sum()
                : null;
    }

    public long of(AgeBucket age) {
        return counts.stream()
                .filter(c -> c.age() == age)
                .mapToLong(BacklogCount::cases)
                .sum();
    }
}
