package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.region.VillageInfo;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerks' use cases on a single case; every change is recorded in the case's history. Changes
 * are for clerks, reads for every staff role (masked for roles that may not see personal data):
 * method security says so on each method, whoever the caller.
 */
@Service
public class CaseService {

    /** The longest status comment or rejection reason (the forms allow as much). */
    public static final int MAX_COMMENT = 500;

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final CaseRegistry registry;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final AuditTrail audit;
    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher publisher;

    CaseService(
            CaseRepository cases,
            CaseEventRepository events,
            CaseRegistry registry,
            RegionService regions,
            CurrentUser currentUser,
            Validator validator,
            Clock clock,
            AuditTrail audit,
            CaseDeadlines deadlines,
            ApplicationEventPublisher publisher) {
        this.deadlines = deadlines;
        this.publisher = publisher;
        this.cases = cases;
        this.events = events;
        this.registry = registry;
        this.regions = regions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Registers a walk-in at the office desk through the same intake as every other channel: a
     * new SUBMITTED OFFICE case, or, when the citizen already has an open case for the same
     * service (say from WhatsApp), a MERGED request pointing at that case.
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public Registration registerWalkIn(ApplicantData data) {
        validate(data);
        return registry.register(NewCase.live(
                Channel.OFFICE,
                null,
                data.getServiceType(),
                CaseStatus.SUBMITTED,
                data.getNik().strip(),
                data.getApplicantName().strip(),
                blankToNull(data.getPhone()),
                data.getVillageCode(),
                clock.instant(),
                blankToNull(data.getNotes()),
                currentUser.username(),
                Channel.OFFICE.name()));
    }

    /**
     * A clerk completes a TRIAGE case (typically a WhatsApp message) with the citizen's data: it
     * becomes SUBMITTED, or MERGED into the citizen's open case of the same service.
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public Registration completeTriage(long caseId, long expectedVersion, ApplicantData data) {
        validate(data);
        return registry.completeTriage(
                caseId,
                expectedVersion,
                NewCase.live(
                        null,
                        null,
                        data.getServiceType(),
                        CaseStatus.SUBMITTED,
                        data.getNik().strip(),
                        data.getApplicantName().strip(),
                        blankToNull(data.getPhone()),
                        data.getVillageCode(),
                        null,
                        blankToNull(data.getNotes()),
                        currentUser.username(),
                        null));
    }

    /**
     * Registers a citizen served on an outreach (jemput bola) visit as a new SUBMITTED case with
     * channel OUTREACH linked to the visit; returns its case number. The caller vouches for the visit.
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public Registration registerOutreach(ApplicantData data, long outreachVisitId) {
        validate(data);
        // The same intake path as every channel (validation, unification, history), then the link to the visit.
        Registration r = registry.register(NewCase.live(
                Channel.OUTREACH,
                null,
                data.getServiceType(),
                CaseStatus.SUBMITTED,
                data.getNik().strip(),
                data.getApplicantName().strip(),
                blankToNull(data.getPhone()),
                data.getVillageCode(),
                clock.instant(),
                blankToNull(data.getNotes()),
                currentUser.username(),
                "OUTREACH visit " + outreachVisitId));
        ServiceCase c = cases.findById(r.caseId()).orElseThrow(() -> new CaseNotFoundException(r.caseNumber()));
        c.registeredOnOutreachVisit(outreachVisitId);
        cases.saveAndFlush(c);
        return r;
    }

    /**
     * Moves a case to {@code target} if the state machine allows it and nobody changed the case
     * since {@code expectedVersion} was read. A TRIAGE case that moves to SUBMITTED goes through
     * intake's unification (see {@link #completeTriage}). Every other change publishes a
     * {@link CaseStatusChanged} to the listeners, which run inside this transaction (a message to
     * the resident is queued if and only if the change commits).
     *
     * @param comment the clerk's comment for the history; required (the reason) for a rejection
     * @throws CaseValidationException on the field {@code comment}: too long, or a rejection
     *                                 without a reason ({@code case.error.rejectReason})
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void changeStatus(long caseId, long expectedVersion, CaseStatus target, String comment) {
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            throw new CaseValidationException("comment", "validation.comment.size");
        }
        // Intake's lock before the row: a batch merging into this case holds it while it touches the row.
        registry.lock();
        ServiceCase c = load(caseId, expectedVersion);
        if (c.getStatus() == CaseStatus.TRIAGE && target == CaseStatus.SUBMITTED) {
            // Leaving triage is intake: the completed request may belong to an open case of the citizen.
            registry.completeTriage(
                    caseId,
                    expectedVersion,
                    NewCase.live(
                            null,
                            null,
                            c.getServiceType(),
                            CaseStatus.SUBMITTED,
                            c.getNik(),
                            c.getApplicantName(),
                            c.getPhone(),
                            c.getVillageCode(),
                            null,
                            c.getNotes(),
                            currentUser.username(),
                            null));
            return;
        }
        CaseStatus from = c.getStatus();
        Instant now = clock.instant();
        c.moveTo(target, comment, now);
        flush(c);
        CaseEvent event = record(c, CaseEvent.Type.STATUS_CHANGED, from, target, blankToNull(comment), now);
        events.flush();
        deadlines.refresh(List.of(c.getId()));
        publisher.publishEvent(new CaseStatusChanged(
                c.getId(),
                event.getId(),
                c.getCaseNumber(),
                c.getServiceType(),
                from,
                target,
                blankToNull(comment),
                c.getPhone(),
                c.getDistrictCode(),
                c.getVillageCode()));
    }

    /**
     * Records in the case's history that the resident was notified of a change (or why not), in
     * the transaction of the change; the detail names the message, never its text or the number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('PETUGAS')")
    public void recordNotification(long caseId, String detail) {
        events.save(new CaseEvent(
                caseId, clock.instant(), currentUser.username(), CaseEvent.Type.NOTIFIED, null, null, detail));
    }

    /**
     * Replaces the applicant data after validating it; the history lists each field that changed.
     *
     * @throws CaseException {@code case.error.openDuplicate} naming the other case, if the new NIK
     *                       and service are those of another open case of the citizen; nothing changes
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void updateApplicant(long caseId, long expectedVersion, ApplicantData data) {
        VillageInfo village = validate(data);
        // Intake's lock before the row: one lock order with batch imports, and no registration can
        // open a case for the new NIK and service between the check below and the commit.
        registry.lock();
        ServiceCase c = load(caseId, expectedVersion);
        if (c.getStatus().isClosed()) {
            throw new CaseException("case.error.closed", c.getCaseNumber());
        }
        String nik = data.getNik().strip();
        boolean citizenChanged = !nik.equals(c.getNik()) || data.getServiceType() != c.getServiceType();
        if (c.getStatus().unifies() && citizenChanged) {
            // Refused rather than merged: the clerk sees both cases and decides which one goes on.
            registry.openCaseNumber(nik, data.getServiceType(), caseId).ifPresent(other -> {
                throw new CaseException("case.error.openDuplicate", c.getCaseNumber(), other);
            });
        }
        List<String> changes = new ArrayList<>();
        diff(changes, "serviceType", c.getServiceType(), data.getServiceType());
        diff(changes, "nik", c.getNik(), data.getNik().strip());
        diff(
                changes,
                "applicantName",
                c.getApplicantName(),
                data.getApplicantName().strip());
        diff(changes, "phone", c.getPhone(), blankToNull(data.getPhone()));
        diff(changes, "village", c.getVillageCode(), village.code());
        diff(changes, "notes", c.getNotes(), blankToNull(data.getNotes()));
        if (changes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        c.applicant(
                data.getServiceType(),
                data.getNik().strip(),
                data.getApplicantName().strip(),
                blankToNull(data.getPhone()),
                village.code(),
                village.districtCode(),
                blankToNull(data.getNotes()),
                now);
        flush(c);
        record(c, CaseEvent.Type.EDITED, null, null, String.join("; ", changes), now);
        // The service may have changed, and with it the standard.
        deadlines.refresh(List.of(c.getId()));
    }

    /** Appends a note to the case's history. Notes never conflict: they change nothing else. */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void addNote(long caseId, String note) {
        if (note == null || note.isBlank()) {
            throw new CaseValidationException("note", "validation.required");
        }
        if (note.strip().length() > CaseRules.MAX_NOTES) {
            throw new CaseValidationException("note", "validation.notes.size");
        }
        ServiceCase c = cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(String.valueOf(caseId)));
        record(c, CaseEvent.Type.NOTE, null, null, note.strip(), clock.instant());
    }

    /**
     * A case with personal data masked for roles that may not see it. Each opening is recorded
     * in the audit trail (read-write: the entry commits with the read).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN', 'KEPALA', 'PERENCANA')")
    public CaseDetails details(String caseNumber) {
        ServiceCase c = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        boolean full = currentUser.canSeePersonalData();
        audit.caseRead(AuditKind.CASE_VIEWED, c.getId(), c.getCaseNumber(), full);
        VillageInfo village = regions.village(c.getVillageCode()).orElse(null);
        String districtName = village == null
                ? null
                : regions.districts().stream()
                        .filter(d -> d.code().equals(village.districtCode()))
                        .map(d -> d.name())
                        .findFirst()
                        .orElse(null);
        String mergedInto = c.getMergedIntoId() == null
                ? null
                : cases.findById(c.getMergedIntoId())
                        .map(ServiceCase::getCaseNumber)
                        .orElse(null);
        return new CaseDetails(
                c.getId(),
                c.getCaseNumber(),
                c.getChannel(),
                c.getServiceType(),
                c.getStatus(),
                full ? c.getNik() : Nik.mask(c.getNik()),
                full ? c.getApplicantName() : PersonalData.maskName(c.getApplicantName()),
                full ? c.getPhone() : PersonalData.maskPhone(c.getPhone()),
                c.getVillageCode(),
                village == null ? null : village.name(),
                districtName,
                c.getSubmittedAt(),
                c.getUpdatedAt(),
                c.getCompletedAt(),
                mergedInto,
                c.getExternalId(),
                full ? c.getNotes() : null,
                c.getVersion(),
                full);
    }

    /**
     * The history of a case, oldest first. Roles that may not see personal data see who did what
     * and when, but of notes, status comments, reasons and edits only that they have a text.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN', 'KEPALA', 'PERENCANA')")
    public List<CaseEventView> history(long caseId) {
        boolean full = currentUser.canSeePersonalData();
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId).stream()
                .map(CaseEvent::toView)
                // Provenance is for every role; notes, comments, reasons and edits (old and new NIK or
                // names) only for roles that may see personal data.
                .map(e -> full || e.detail() == null || e.type().detailIsProvenance()
                        ? e
                        : new CaseEventView(
                                e.occurredAt(), e.actor(), e.type(), e.fromStatus(), e.toStatus(), null, true))
                .toList();
    }

    /** Checks applicant data as the form does, plus the NIK structure and the village. */
    VillageInfo validate(ApplicantData data) {
        Set<ConstraintViolation<ApplicantData>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            ConstraintViolation<ApplicantData> v = violations.iterator().next();
            throw new CaseValidationException(
                    v.getPropertyPath().toString(),
                    v.getMessageTemplate().replace("{", "").replace("}", ""));
        }
        try {
            Nik.parse(data.getNik(), LocalDate.now(clock.withZone(Wita.ZONE)));
        } catch (InvalidIdentityNumberException e) {
            throw new CaseValidationException("nik", e.messageKey());
        }
        return regions.village(data.getVillageCode())
                .orElseThrow(() -> new CaseValidationException("villageCode", "validation.village.unknown"));
    }

    private ServiceCase load(long caseId, long expectedVersion) {
        ServiceCase c = cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(String.valueOf(caseId)));
        if (c.getVersion() != expectedVersion) {
            throw new CaseConflictException(c.getCaseNumber());
        }
        return c;
    }

    private void flush(ServiceCase c) {
        try {
            cases.saveAndFlush(c);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseConflictException(c.getCaseNumber());
        }
    }

    private CaseEvent record(
            ServiceCase c, CaseEvent.Type type, CaseStatus from, CaseStatus to, String detail, Instant now) {
        return events.save(new CaseEvent(c.getId(), now, currentUser.username(), type, from, to, detail));
    }

    private static void diff(List<String> changes, String field, Object before, Object after) {
        CaseEvent.change(field, before, after).ifPresent(changes::add);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
