package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.MessageKey;

/**
 * The clerks' built-in work queues. Each is a filter over the cases with a count; queues may
 * overlap (a new case is also one to verify). "Running" cases are those whose clock is ticking:
 * SUBMITTED, VERIFIED, IN_PROCESS and READY (the predicate of the partial index
 * {@code service_case_running_due_idx}); cases waiting for the resident are in none of the deadline
 * queues, their clock stands still.
 */
public enum Queue implements MessageKey {
    /** Baru masuk: arrived (triage or submitted) and nobody has taken it yet. */
    NEW,
    /** Perlu verifikasi: submitted, the documents still to be checked. */
    TO_VERIFY,
    /** Menunggu warga: waiting for the resident (a correction or an in-person step). */
    WAITING_RESIDENT,
    /** Siap diambil: the document is ready for the resident to collect. */
    READY_FOR_PICKUP,
    /** Mendekati tenggat: running and due today or on the next working day. */
    DUE_SOON,
    /** Lewat tenggat: running and its due date has passed. */
    OVERDUE,
    /** Milik saya: open cases the current clerk holds. */
    MINE;

    @Override
    public String messageKey() {
        return "queue." + name();
    }
}
