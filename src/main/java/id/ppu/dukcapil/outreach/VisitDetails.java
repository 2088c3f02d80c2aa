package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.cases.ServiceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One visit for its dialog: what was planned, what was recorded, and how many cases registered
 * during the visit (channel OUTREACH, linked to it) there are per service. It also holds the rules
 * of what may happen to a visit, which {@link VisitService} enforces and the dialog offers: a
 * visit not cancelled may be edited, and recorded as done once its day has come; only a planned
 * visit may be moved or cancelled, a cancellation with a reason.
 */
public record VisitDetails(
        long id,
        LocalDate date,
        String districtCode,
        String districtName,
        VisitStatus status,
        int capacity,
        String note,
        List<Village> villages,
        Map<ServiceType, Integer> served,
        Integer taughtOnline,
        Map<ServiceType, Integer> linkedCases,
        String updatedBy,
        Instant updatedAt,
        long version) {

    /** A covered village with its expected turnout. */
    public record Village(String code, String name, int expectedTurnout) {}

    public int expectedTurnout() {
        return villages.stream().mapToInt(Village::expectedTurnout).sum();
    }

    /** Whether its villages, capacity and note may change. */
    public boolean canEdit() {
        return takesPlace(status);
    }

    /** Whether it may be recorded as done (or its counts corrected) on {@code today}. */
    public boolean canRecord(LocalDate today) {
        return recordable(status, date, today);
    }

    /** Whether it may move to another day. */
    public boolean canMove() {
        return planned(status);
    }

    /** Whether it may be cancelled (with a reason). */
    public boolean canCancel() {
        return planned(status);
    }

    /**
     * Whether cases may be registered on it on {@code today}: on the days it may be recorded, i.e.
     * it takes place and its day has come (cases written on paper are entered later).
     */
    public boolean acceptsCases(LocalDate today) {
        return acceptsCases(status, date, today);
    }

    /** Not cancelled. */
    static boolean takesPlace(VisitStatus status) {
        return status != VisitStatus.CANCELLED;
    }

    static boolean recordable(VisitStatus status, LocalDate date, LocalDate today) {
        return takesPlace(status) && !date.isAfter(today);
    }

    static boolean acceptsCases(VisitStatus status, LocalDate date, LocalDate today) {
        return recordable(status, date, today);
    }

    static boolean planned(VisitStatus status) {
        return status == VisitStatus.PLANNED;
    }

    /** Refuses to edit a cancelled visit ({@code outreach.error.cancelled}). */
    static void requireEditable(VisitStatus status) {
        if (!takesPlace(status)) {
            throw new OutreachException("outreach.error.cancelled");
        }
    }

    /**
     * Refuses to record a cancelled visit ({@code outreach.error.cancelled}) or one whose day has
     * not come ({@code outreach.error.doneInFuture}).
     */
    static void requireRecordable(VisitStatus status, LocalDate date, LocalDate today) {
        requireEditable(status);
        if (!recordable(status, date, today)) {
            throw new OutreachException("outreach.error.doneInFuture", VisitService.DATE.format(date));
        }
    }

    /** Refuses to move a visit that is not planned ({@code outreach.error.notPlanned}). */
    static void requireMovable(VisitStatus status) {
        if (!planned(status)) {
            throw new OutreachException("outreach.error.notPlanned");
        }
    }

    /**
     * Refuses to cancel a visit that is not planned ({@code outreach.error.notPlanned}) or to
     * cancel without a reason ({@code outreach.error.reasonRequired}).
     */
    static void requireCancellable(VisitStatus status, String reason) {
        if (!planned(status)) {
            throw new OutreachException("outreach.error.notPlanned");
        }
        if (reason == null || reason.isBlank()) {
            throw new OutreachException("outreach.error.reasonRequired");
        }
    }

    /**
     * Refuses cases on a cancelled visit ({@code outreach.error.cancelledNoCases}) or on one whose
     * day has not come ({@code outreach.error.caseBeforeVisit}).
     */
    static void requireAcceptsCases(VisitStatus status, LocalDate date, LocalDate today) {
        if (!takesPlace(status)) {
            throw new OutreachException("outreach.error.cancelledNoCases");
        }
        if (!acceptsCases(status, date, today)) {
            throw new OutreachException("outreach.error.caseBeforeVisit", VisitService.DATE.format(date));
        }
    }
}
