package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.calendar.Holiday;
import id.ppu.dukcapil.calendar.HolidayService;
import id.ppu.dukcapil.region.CoverageService;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planner's questions: which villages need a visit most (and why), and what the next weeks'
 * visits should be. Also keeps the planner's saved weights and public holidays.
 */
@Service
public class OutreachPlanner {

    /** Turnout per 1,000 residents of the covered villages assumed until {@value #MIN_VISITS_FOR_TURNOUT} visits are done. */
    public static final double DEFAULT_TURNOUT_PER_1000 = 10;

    static final int MIN_VISITS_FOR_TURNOUT = 3;

    private static final Logger log = LoggerFactory.getLogger(OutreachPlanner.class);

    private final OutreachQueries queries;
    private final OfficeMode officeMode;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;
    private final HolidayService holidays;
    private final CoverageService coverage;

    OutreachPlanner(
            OutreachQueries queries,
            OfficeMode officeMode,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit,
            HolidayService holidays,
            CoverageService coverage) {
        this.holidays = holidays;
        this.coverage = coverage;
        this.queries = queries;
        this.officeMode = officeMode;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** Today in WITA. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Wita.ZONE));
    }

    /** The saved weights and thresholds, or the defaults for the office's current service mode. */
    @Transactional(readOnly = true)
    public PlannerSettings settings() {
        boolean onlineOnly = officeMode.onlineOnly();
        return queries.savedSettings()
                .map(s -> new PlannerSettings(
                        s.weights(), s.thresholds(), true, onlineOnly, s.updatedBy(), s.updatedAt()))
                .orElseGet(() -> new PlannerSettings(
                        Weights.defaults(onlineOnly), Thresholds.DEFAULT, false, onlineOnly, null, null));
    }

    /** The default weights for the office's current service mode. */
    public Weights defaultWeights() {
        return Weights.defaults(officeMode.onlineOnly());
    }

    /** Saves weights and thresholds as the planner's defaults (also used by the priorities API). */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void saveSettings(Weights weights, Thresholds thresholds) {
        queries.saveSettings(weights, thresholds, currentUser.username(), clock.instant());
        log.info("Outreach weights {} and thresholds {} saved by {}", weights, thresholds, currentUser.username());
        audit.change(AuditKind.OUTREACH_SETTINGS_CHANGED, null, weights + " " + thresholds);
    }

    /** Forgets the saved weights and thresholds: the defaults apply again. */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void resetSettings() {
        if (queries.savedSettings().isPresent()) {
            queries.deleteSettings();
            audit.change(AuditKind.OUTREACH_SETTINGS_CHANGED, null, "defaults");
        }
    }

    /** The ranking at {@code date} with the saved (or default) weights and thresholds, nothing excluded. */
    @Transactional(readOnly = true)
    public PriorityReport priorities(LocalDate date) {
        PlannerSettings s = settings();
        return priorities(date, s.weights(), s.thresholds(), Set.of());
    }

    /**
     * The ranking at {@code date} with the given weights and thresholds; excluded villages are
     * listed last without a rank. Demand is scaled to one visit's default capacity.
     */
    @Transactional(readOnly = true)
    public PriorityReport priorities(LocalDate date, Weights weights, Thresholds thresholds, Set<String> excluded) {
        OutreachQueries.Facts facts = queries.factsAt(date);
        PriorityModel model = new PriorityModel(facts.regency(), weights, thresholds, PlanRequest.DEFAULT_CAPACITY)
                .withCoverage(coverage.latestByVillage());
        return new PriorityReport(
                date,
                facts.regency(),
                weights,
                thresholds,
                PlanRequest.DEFAULT_CAPACITY,
                model.rank(facts.villages(), date, excluded));
    }

    /**
     * Proposes the visits of the requested period from today's facts, skipping holidays and days
     * already booked; nothing is stored until the planner accepts.
     */
    @Transactional(readOnly = true)
    public List<ProposedVisit> proposeSchedule(PlanRequest request) {
        LocalDate today = today();
        if (request.start().isBefore(today)) {
            throw new OutreachException("outreach.error.startInPast");
        }
        OutreachQueries.Facts facts = queries.factsAt(today);
        PriorityModel model = new PriorityModel(
                        facts.regency(), request.weights(), Thresholds.DEFAULT, request.capacity())
                .withCoverage(coverage.latestByVillage());
        SchedulePlanner planner = new SchedulePlanner(model, turnoutPer1000(today));
        Set<LocalDate> holidays = this.holidays.holidays(request.start(), request.end()).stream()
                .map(Holiday::day)
                .collect(Collectors.toSet());
        return planner.propose(request, facts.villages(), holidays, queries.booked(today));
    }

    /** People served per 1,000 residents of the covered villages on recent done visits, or the default without enough visits. */
    @Transactional(readOnly = true)
    public double turnoutPer1000(LocalDate date) {
        OutreachQueries.Turnout t = queries.turnout(date);
        return t.visits() < MIN_VISITS_FOR_TURNOUT || t.population() == 0
                ? DEFAULT_TURNOUT_PER_1000
                : t.served() * 1000.0 / t.population();
    }

    /** Holidays from today on, for the next year. */
    @Transactional(readOnly = true)
    public List<Holiday> upcomingHolidays() {
        LocalDate today = today();
        return holidays.holidays(today, today.plusYears(1));
    }

    /** Enters a public holiday (again: renames it). */
    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void addHoliday(LocalDate day, String name) {
        if (day == null) {
            throw new OutreachException("outreach.error.holidayDate");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new OutreachException("outreach.error.holidayName");
        }
        holidays.add(day, name.strip());
    }

    @Transactional
    @PreAuthorize("hasRole('PERENCANA')")
    public void removeHoliday(LocalDate day) {
        holidays.remove(day);
    }
}
