package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.MessageKey;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a case stands. The allowed moves between statuses form an explicit state machine. */
public enum CaseStatus implements MessageKey {
    SUBMITTED,
    TRIAGE,
    VERIFIED,
    NEEDS_CORRECTION,
    WAITING_IN_PERSON,
    IN_PROCESS,
    READY,
    COMPLETED,
    REJECTED,
    MERGED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            TRIAGE, EnumSet.of(SUBMITTED, REJECTED, MERGED),
            SUBMITTED, EnumSet.of(VERIFIED, NEEDS_CORRECTION, WAITING_IN_PERSON, IN_PROCESS, REJECTED, MERGED),
            VERIFIED, EnumSet.of(WAITING_IN_PERSON, IN_PROCESS, NEEDS_CORRECTION, REJECTED),
            NEEDS_CORRECTION, EnumSet.of(SUBMITTED, VERIFIED, REJECTED),
            WAITING_IN_PERSON, EnumSet.of(IN_PROCESS, NEEDS_CORRECTION, REJECTED),
            IN_PROCESS, EnumSet.of(READY, NEEDS_CORRECTION, REJECTED),
            READY, EnumSet.of(COMPLETED),
            COMPLETED, EnumSet.noneOf(CaseStatus.class),
            REJECTED, EnumSet.noneOf(CaseStatus.class),
            MERGED, EnumSet.noneOf(CaseStatus.class));

    /** Statuses this one may move to. */
    public Set<CaseStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(CaseStatus target) {
        return NEXT.get(this).contains(target);
    }

    /**
     * The statuses a clerk may choose for a case in this one, in workflow order: every next status
     * but MERGED, which only intake's unification gives.
     */
    public List<CaseStatus> clerkChoices() {
        return NEXT.get(this).stream().filter(s -> s != MERGED).toList();
    }

    /** Whether moving a case to this status needs a reason (a rejection says why, on every path). */
    public boolean needsReason() {
        return this == REJECTED;
    }

    @Override
    public String messageKey() {
        return "status." + name();
    }

    /** Completed, rejected and merged cases are closed: nothing moves them again. */
    public boolean isClosed() {
        return this == COMPLETED || this == REJECTED || this == MERGED;
    }

    /**
     * Whether a case in this status is open: not yet closed, so part of the backlog. SQL says the
     * same with {@code case_is_open(status)} (V14), which the queries and partial indexes use; a
     * test keeps the two equal for every status.
     */
    public boolean isOpen() {
        return !isClosed();
    }

    /**
     * Whether a case in this status is its citizen's one open case of its service: a new request
     * for the same NIK and service is merged into it, and the database holds at most one such case
     * per NIK and service (the partial unique index {@code service_case_open_citizen_key}). SQL says
     * the same with {@code case_unifies(status)} (V14); a test keeps the two equal for every
     * status. A TRIAGE case is unified only once it is completed; a closed case no longer.
     */
    public boolean unifies() {
        return this != TRIAGE && isOpen();
    }
}
