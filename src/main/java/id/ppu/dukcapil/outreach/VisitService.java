package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.calendar.HolidayService;
import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.region.VillageInfo;
import id.ppu.dukcapil.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of outreach visits: accepting a proposed schedule, planning, editing, moving and
 * cancelling visits, recording what a done visit served, and registering the cases of a visit.
 * Every change carries who and when; concurrent edits are caught by the visit's version.
 */
@Service
public class VisitService {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int MAX_SERVED_PER_SERVICE = 1000;
    static final int MAX_TAUGHT = 10000;
    static final int MAX_NOTE = 1000;
    /** How many days back the clerks' screen still offers a visit, for cases written on paper and entered later. */
    public static final int CASE_ENTRY_DAYS = 30;

    private static final Logger log = LoggerFactory.getLogger(VisitService.class);

    private final OutreachVisitRepository visits;
    private final OutreachQueries queries;
    private final OutreachPlanner planner;
    private final RegionService regions;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final HolidayService holidays;

    VisitService(
            OutreachVisitRepository visits,
            OutreachQueries queries,
            OutreachPlanner planner,
            RegionService regions,
            CaseService cases,
            CurrentUser currentUser,
            Clock clock,
            HolidayService holidays) {
        this.holidays = holidays;
        this.visits = visits;
        this.queries = queries;
        this.planner = planner;
        this.regions = regions;
        this.cases = cases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores proposed visits as planned visits, all or none. A day that already holds the same
     * visit (same district and villages) is skipped, so accepting twice is harmless; a day holding
     * a different visit rejects the whole proposal. Returns the ids of the visits created.
     */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public List<Long> acceptProposal(List<ProposedVisit> proposal) {
        List<Long> created = new ArrayList<>();
        for (ProposedVisit p : proposal) {
            List<String> codes =
                    p.stops().stream().map(ProposedVisit.Stop::villageCode).toList();
            var existing = visits.findActiveOn(p.date());
            if (existing.isPresent()) {
                OutreachVisit e = existing.get();
                Set<String> existingCodes = e.getVillages().stream()
                        .map(CoveredVillage::getVillageCode)
                        .collect(Collectors.toSet());
                if (e.getDistrictCode().equals(p.districtCode()) && existingCodes.equals(new HashSet<>(codes))) {
                    continue;
                }
                throw new OutreachException("outreach.error.dayTaken", DATE.format(p.date()));
            }
            List<CoveredVillage> covered = p.stops().stream()
                    .map(s -> new CoveredVillage(s.villageCode(), s.expectedTurnout()))
                    .toList();
            created.add(create(p.date(), p.districtCode(), codes, covered, p.capacity(), null));
        }
        log.info("{} accepted a proposal: {} visits created", currentUser.username(), created.size());
        return created;
    }

    /** Plans one visit by hand; expected turnouts come from today's facts. Returns its id. */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public long planVisit(LocalDate date, String districtCode, List<String> villageCodes, int capacity, String note) {
        if (visits.findActiveOn(date).isPresent()) {
            throw new OutreachException("outreach.error.dayTaken", DATE.format(date));
        }
        return create(date, districtCode, villageCodes, expected(villageCodes), capacity, note);
    }

    /** Changes the villages, capacity and note of a planned or done visit. */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void editVisit(long id, long expectedVersion, List<String> villageCodes, int capacity, String note) {
        OutreachVisit v = load(id, expectedVersion);
        VisitDetails.requireEditable(v.getStatus());
        List<String> codes = validVillages(v.getDistrictCode(), villageCodes);
        validCapacity(capacity);
        Map<String, Integer> kept = v.getVillages().stream()
                .collect(Collectors.toMap(CoveredVillage::getVillageCode, CoveredVillage::getExpectedTurnout));
        List<String> added = codes.stream().filter(c -> !kept.containsKey(c)).toList();
        Map<String, Integer> addedTurnout = expected(added).stream()
                .collect(Collectors.toMap(CoveredVillage::getVillageCode, CoveredVillage::getExpectedTurnout));
        List<CoveredVillage> covered = codes.stream()
                .map(c -> new CoveredVillage(c, kept.containsKey(c) ? kept.get(c) : addedTurnout.get(c)))
                .toList();
        v.cover(covered, capacity, validNote(note), currentUser.username(), clock.instant());
        flush(v);
    }

    /** Moves a planned visit to another free day, not in the past and not a holiday. */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void moveVisit(long id, long expectedVersion, LocalDate date) {
        OutreachVisit v = load(id, expectedVersion);
        VisitDetails.requireMovable(v.getStatus());
        if (date.equals(v.getVisitDate())) {
            return;
        }
        validDay(date);
        v.moveTo(date, currentUser.username(), clock.instant());
        flush(v);
    }

    /** Cancels a planned visit; the reason is kept as its note. */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void cancelVisit(long id, long expectedVersion, String reason) {
        OutreachVisit v = load(id, expectedVersion);
        VisitDetails.requireCancellable(v.getStatus(), reason);
        v.cancel(validNote(reason), currentUser.username(), clock.instant());
        flush(v);
    }

    /**
     * Records a visit as done with the people served per service and the residents taught to use
     * the online channels; recording again corrects the counts. Not before the visit's day.
     */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void recordDone(
            long id, long expectedVersion, Map<ServiceType, Integer> served, int taughtOnline, String note) {
        OutreachVisit v = load(id, expectedVersion);
        VisitDetails.requireRecordable(v.getStatus(), v.getVisitDate(), today());
        Map<ServiceType, Integer> counts = new EnumMap<>(ServiceType.class);
        for (ServiceType s : ServiceType.values()) {
            Integer n = served.get(s);
            if (n != null && (n < 0 || n > MAX_SERVED_PER_SERVICE)) {
                throw new OutreachException("outreach.error.served", MAX_SERVED_PER_SERVICE);
            }
            counts.put(s, n == null ? 0 : n);
        }
        if (taughtOnline < 0 || taughtOnline > MAX_TAUGHT) {
            throw new OutreachException("outreach.error.taught", MAX_TAUGHT);
        }
        v.done(
                counts,
                taughtOnline,
                note == null || note.isBlank() ? null : validNote(note),
                currentUser.username(),
                clock.instant());
        flush(v);
    }

    /**
     * Registers a citizen served on a visit as a new OUTREACH case linked to the visit (clerks
     * only, as any case registration). The visit must not be cancelled nor lie in the future.
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public Registration registerCaseDuringVisit(long visitId, ApplicantData data) {
        OutreachVisit v = visits.findById(visitId).orElseThrow(() -> new OutreachException("outreach.error.notFound"));
        VisitDetails.requireAcceptsCases(v.getStatus(), v.getVisitDate(), today());
        return cases.registerOutreach(data, visitId);
    }

    /** Visits between two days (inclusive), optionally of one district, in date order. */
    @Transactional(readOnly = true)
    public List<VisitRow> visits(LocalDate from, LocalDate to, String districtCode) {
        return queries.visits(from, to, districtCode);
    }

    /**
     * The visits a clerk may register cases on: not cancelled, from {@value #CASE_ENTRY_DAYS} days
     * ago up to today, newest first (so today's visit, if any, comes first).
     */
    @Transactional(readOnly = true)
    public List<VisitRow> visitsOpenForCases() {
        LocalDate today = today();
        return queries.visits(today.minusDays(CASE_ENTRY_DAYS), today, null).stream()
                .filter(v -> VisitDetails.acceptsCases(v.status(), v.date(), today))
                .sorted(Comparator.comparing(VisitRow::date)
                        .thenComparing(VisitRow::id)
                        .reversed())
                .toList();
    }

    /**
     * The next planned visit a resident of {@code villageCode} in {@code districtCode} can go to
     * between two days (inclusive): the first that covers the village, else the first to the
     * district. Done and cancelled visits never count. Holds no personal data, so any caller may
     * ask (a status notification asks it inside a clerk's change).
     *
     * @param districtCode the resident's district; if null, the village's
     * @param villageCode  the resident's village, or null if only the district is known
     */
    @Transactional(readOnly = true)
    public Optional<UpcomingVisit> nextPlannedVisit(
            String districtCode, String villageCode, LocalDate from, LocalDate to) {
        if ((districtCode == null && villageCode == null) || from.isAfter(to)) {
            return Optional.empty();
        }
        return queries.nextPlanned(districtCode, villageCode, from, to);
    }

    /** One visit with its villages, counts and the cases registered during it. */
    @Transactional(readOnly = true)
    public VisitDetails details(long id) {
        OutreachVisit v = visits.findById(id).orElseThrow(() -> new OutreachException("outreach.error.notFound"));
        String districtName = regions.districts().stream()
                .filter(d -> d.code().equals(v.getDistrictCode()))
                .map(DistrictInfo::name)
                .findFirst()
                .orElse(v.getDistrictCode());
        return new VisitDetails(
                v.getId(),
                v.getVisitDate(),
                v.getDistrictCode(),
                districtName,
                v.getStatus(),
                v.getCapacity(),
                v.getNote(),
                queries.coveredVillages(id),
                v.getServed(),
                v.getTaughtOnline(),
                queries.linkedCases(id),
                v.getUpdatedBy(),
                v.getUpdatedAt(),
                v.getVersion());
    }

    private long create(
            LocalDate date,
            String districtCode,
            List<String> villageCodes,
            List<CoveredVillage> covered,
            int capacity,
            String note) {
        validDay(date);
        validVillages(districtCode, villageCodes);
        validCapacity(capacity);
        Instant now = clock.instant();
        OutreachVisit v =
                new OutreachVisit(date, districtCode, capacity, covered, validNote(note), currentUser.username(), now);
        try {
            visits.saveAndFlush(v);
        } catch (DataIntegrityViolationException e) {
            // Another planner booked the day between our check and the insert.
            throw new OutreachException("outreach.error.dayTaken", DATE.format(date));
        }
        return v.getId();
    }

    /** A day a new or moved visit may take: today or later, not a holiday, not already booked. */
    private void validDay(LocalDate date) {
        if (date == null) {
            throw new OutreachException("outreach.error.dateRequired");
        }
        if (date.isBefore(today())) {
            throw new OutreachException("outreach.error.dateInPast");
        }
        holidays.holiday(date).ifPresent(h -> {
            throw new OutreachException("outreach.error.holiday", DATE.format(date), h.name());
        });
        if (visits.findActiveOn(date).isPresent()) {
            throw new OutreachException("outreach.error.dayTaken", DATE.format(date));
        }
    }

    private List<String> validVillages(String districtCode, List<String> villageCodes) {
        DistrictInfo district = regions.districts().stream()
                .filter(d -> d.code().equals(districtCode))
                .findFirst()
                .orElseThrow(() -> new OutreachException("outreach.error.unknownDistrict"));
        if (villageCodes == null || villageCodes.isEmpty()) {
            throw new OutreachException("outreach.error.noVillages");
        }
        Map<String, VillageInfo> inDistrict = regions.villagesOf(districtCode).stream()
                .collect(Collectors.toMap(VillageInfo::code, Function.identity()));
        for (String code : villageCodes) {
            if (!inDistrict.containsKey(code)) {
                String name = regions.village(code).map(VillageInfo::name).orElse(Objects.toString(code));
                throw new OutreachException("outreach.error.villageNotInDistrict", name, district.name());
            }
        }
        return List.copyOf(new LinkedHashSet<>(villageCodes));
    }

    private static void validCapacity(int capacity) {
        if (capacity < 1 || capacity > 1000) {
            throw new OutreachException("outreach.error.capacity", capacity);
        }
    }

    private static String validNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new OutreachException("outreach.error.note", MAX_NOTE);
        }
        return note.strip();
    }

    /** Expected turnout of each village from today's facts and recent visits' turnout. */
    private List<CoveredVillage> expected(List<String> villageCodes) {
        if (villageCodes.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        double per1000 = planner.turnoutPer1000(today);
        Map<String, VillageFacts> byCode = queries.factsAt(today).villages().stream()
                .collect(Collectors.toMap(VillageFacts::code, Function.identity()));
        return villageCodes.stream()
                .distinct()
                .map(c -> new CoveredVillage(
                        c,
                        byCode.containsKey(c)
                                ? Math.min(
                                        MAX_SERVED_PER_SERVICE, SchedulePlanner.expectedTurnout(byCode.get(c), per1000))
                                : 0))
                .toList();
    }

    private OutreachVisit load(long id, long expectedVersion) {
        OutreachVisit v = visits.findById(id).orElseThrow(() -> new OutreachException("outreach.error.notFound"));
        if (v.getVersion() != expectedVersion) {
            throw new OutreachException("outreach.error.conflict", DATE.format(v.getVisitDate()));
        }
        return v;
    }

    private void flush(OutreachVisit v) {
        try {
            visits.saveAndFlush(v);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new OutreachException("outreach.error.conflict", DATE.format(v.getVisitDate()));
        } catch (DataIntegrityViolationException e) {
            throw new OutreachException("outreach.error.dayTaken", DATE.format(v.getVisitDate()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Wita.ZONE));
    }
}
