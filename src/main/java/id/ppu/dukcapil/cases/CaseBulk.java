package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.DomainException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Bulk actions on the cases a clerk selected in a queue. Each case goes through the single use
 * case ({@link CaseService#changeStatus}, {@link CaseWork#take}, {@link CaseWork#handOver}) in a
 * transaction of its own, so the state machine, the version check and the history apply to each
 * one exactly as to a single change; one refused case does not undo the others. The answer says,
 * per case and in the order given, done or refused and why.
 */
@Service
public class CaseBulk {

    /** Above this many cases the screen asks before acting. */
    public static final int CONFIRM_ABOVE = 10;

    private final CaseService cases;
    private final CaseWork work;

    CaseBulk(CaseService cases, CaseWork work) {
        this.cases = cases;
        this.work = work;
    }

    /**
     * Moves each case to {@code target}, checked against the version the clerk saw in the queue.
     *
     * @param comment the comment for each case's history; the reason, required for a rejection
     */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<BulkOutcome> changeStatus(Collection<QueueRow> selected, CaseStatus target, String comment) {
        return each(selected, r -> cases.changeStatus(r.id(), r.version(), target, comment));
    }

    /** Takes each case that is free; one a colleague holds is refused (taking it over is asked case by case). */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<BulkOutcome> take(Collection<QueueRow> selected) {
        return each(selected, r -> work.take(r.id(), null));
    }

    /** Hands each case to {@code colleague} (cases the current clerk holds, or free ones). */
    @PreAuthorize("hasRole('PETUGAS')")
    public List<BulkOutcome> handOver(Collection<QueueRow> selected, String colleague) {
        return each(selected, r -> work.handOver(r.id(), colleague));
    }

    private static List<BulkOutcome> each(Collection<QueueRow> selected, Consumer<QueueRow> action) {
        List<BulkOutcome> outcomes = new ArrayList<>(selected.size());
        for (QueueRow r : selected) {
            try {
                action.accept(r);
                outcomes.add(BulkOutcome.done(r.caseNumber()));
            } catch (DomainException e) {
                outcomes.add(new BulkOutcome(r.caseNumber(), e.messageKey(), Arrays.asList(e.args())));
            } catch (ConcurrencyFailureException e) {
                // A colleague's commit won the row between our read and our write: the same as a stale version.
                outcomes.add(new BulkOutcome(r.caseNumber(), "case.error.conflict", List.of(r.caseNumber())));
            }
        }
        return outcomes;
    }
}
