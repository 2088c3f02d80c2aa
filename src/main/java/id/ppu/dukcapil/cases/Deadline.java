package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.OfficeCalendar.Pause;
import id.ppu.dukcapil.base.Wita;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case's due date and clock as stored on the case, derived from its history with the rule of
 * {@link OfficeCalendar}: the clock stops while the case waits for the resident.
 *
 * @param dueOn            the last working day that meets the standard; null for TRIAGE and MERGED cases
 *                         and for a case without a service. While the case waits it is the date that
 *                         holds if the case resumes on the next working day after the day of the last change
 * @param waitingSince     when the current wait for the resident began, or null
 * @param pausedDays       working days that began while the case waited, up to its completion or today
 * @param workingDaysTaken working days charged to the office, for a COMPLETED case only
 */
public record Deadline(LocalDate dueOn, Instant waitingSince, int pausedDays, Integer workingDaysTaken) {

    /** Statuses in which the case waits for the resident and the office's clock stands still. */
    public static final Set<CaseStatus> WAITING = EnumSet.of(CaseStatus.NEEDS_CORRECTION, CaseStatus.WAITING_IN_PERSON);

    /** A move into a status, from the case's history (its creation included). */
    public record Step(Instant at, CaseStatus to) {}

    /**
     * The deadline of a case submitted at {@code submitted} under a standard of {@code standardDays}
     * (null: no standard applies), now in {@code status}, whose history moved it as {@code steps} say
     * (in order), completed or closed at {@code closedAt} (or null), seen on {@code today}.
     */
    public static Deadline of(
            OfficeCalendar calendar,
            Instant submitted,
            Integer standardDays,
            CaseStatus status,
            List<Step> steps,
            Instant closedAt,
            LocalDate today) {
        List<Pause> pauses = new ArrayList<>();
        Instant waitingFrom = null;
        for (Step s : steps) {
            if (WAITING.contains(s.to())) {
                if (waitingFrom == null) {
                    waitingFrom = s.at();
                }
            } else if (waitingFrom != null) {
                pauses.add(new Pause(waitingFrom, s.at().isBefore(waitingFrom) ? waitingFrom : s.at()));
                waitingFrom = null;
            }
        }
        if (waitingFrom != null && status.isClosed()) {
            // A case closed straight from a wait (rejected, say): the wait ended when it closed.
            Instant end = closedAt == null ? waitingFrom : closedAt;
            pauses.add(new Pause(waitingFrom, end.isBefore(waitingFrom) ? waitingFrom : end));
            waitingFrom = null;
        } else if (waitingFrom != null) {
            pauses.add(new Pause(waitingFrom, null));
        }
        LocalDate start = submitted.atZone(Wita.ZONE).toLocalDate();
        LocalDate until = closedAt == null ? today : closedAt.atZone(Wita.ZONE).toLocalDate();
        if (until.isBefore(start)) {
            until = start;
        }
        int charged = calendar.chargedWorkingDays(submitted, pauses, until);
        int paused = Math.max(0, calendar.workingDaysBetween(start, until) - charged);
        boolean noClock = standardDays == null || status == CaseStatus.TRIAGE || status == CaseStatus.MERGED;
        LocalDate due = noClock ? null : calendar.dueDate(submitted, standardDays, pauses, today);
        Integer taken = status == CaseStatus.COMPLETED && closedAt != null ? charged : null;
        return new Deadline(due, waitingFrom, paused, taken);
    }
}
