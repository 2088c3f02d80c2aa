package id.ppu.dukcapil.region;

import id.ppu.dukcapil.base.DomainException;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The villages' populations: an administrator edits one (with source and as-of date) or imports a
 * semester's figures checked against the district and regency totals. The latest figure is kept
 * in {@code village.population} (and the districts' sums in {@code district.population}), which
 * uptake per 1,000 residents and the planner read; every figure is kept per semester as history.
 */
@Service
public class PopulationService {

    /** The regency's Kemendagri code, the total line of a population file. */
    public static final String REGENCY_CODE = "64.09";

    public static final int MAX_SOURCE = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PopulationService(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every village's current population with source and as-of date, by district and name. */
    @Transactional(readOnly = true)
    public List<VillagePopulation> villages() {
        return jdbc.sql("""
                select code, name, district_code, population, population_estimated, population_source, population_as_of
                from village order by district_code, name""")
                .query((rs, i) -> new VillagePopulation(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBoolean(5),
                        rs.getString(6),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate()))
                .list();
    }

    /** Sets one village's population (no longer an estimate) and its district's sum. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void change(String villageCode, int population, String source, LocalDate asOf) {
        String s = checkedSource(source);
        if (population < 0 || population > 10_000_000) {
            throw new DomainException("population.error.value");
        }
        if (asOf == null || asOf.isAfter(LocalDate.now(clock))) {
            throw new DomainException("population.error.asOf");
        }
        Integer before = jdbc.sql("select population from village where code = :c for update")
                .param("c", villageCode)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new DomainException("population.error.village"));
        write(villageCode, population, s, asOf, Semester.of(asOf));
        refreshDistricts(asOf);
        audit.change(
                AuditKind.POPULATION_CHANGED, villageCode, before + " -> " + population + " (" + s + ", " + asOf + ")");
    }

    /**
     * Imports a semester's population per village; the file also states each district's and the
     * regency's total, which must equal the sums. Nothing is written unless every line is good.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public FigureImportResult importSemester(Semester semester, String source, InputStream csv) {
        String s = checkedSource(source);
        Map<String, String> villageDistricts = new LinkedHashMap<>();
        jdbc.sql("select code, district_code from village").query(rs -> {
            villageDistricts.put(rs.getString(1), rs.getString(2));
        });
        FigureCsv.Population parsed = FigureCsv.population(csv, villageDistricts, REGENCY_CODE);
        if (!parsed.problems().isEmpty()) {
            return new FigureImportResult(0, parsed.problems());
        }
        LocalDate asOf = semester.lastDay();
        parsed.villages().forEach((code, n) -> write(code, n, s, asOf, semester));
        refreshDistricts(asOf);
        audit.change(
                AuditKind.POPULATION_IMPORTED,
                semester.toString(),
                parsed.villages().size() + " villages (" + s + ")");
        return new FigureImportResult(parsed.villages().size(), List.of());
    }

    private void write(String villageCode, int population, String source, LocalDate asOf, Semester semester) {
        jdbc.sql("""
                insert into village_population (village_code, semester, population, source, as_of, estimated, recorded_by, recorded_at)
                values (:v, :s, :p, :src, :asOf, false, :who, :now)
                on conflict (village_code, semester) do update set population = excluded.population, source = excluded.source,
                    as_of = excluded.as_of, estimated = false, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """)
                .param("v", villageCode)
                .param("s", semester.toString())
                .param("p", population)
                .param("src", source)
                .param("asOf", Date.valueOf(asOf))
                .param("who", currentUser.username())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        // The current figure is the one with the latest as-of date: an older semester imported late changes only the
        // history.
        jdbc.sql("""
                update village set population = :p, population_estimated = false, population_source = :src, population_as_of = :asOf
                where code = :v and (population_as_of is null or population_as_of <= :asOf)
                """)
                .param("v", villageCode)
                .param("p", population)
                .param("src", source)
                .param("asOf", Date.valueOf(asOf))
                .update();
    }

    private void refreshDistricts(LocalDate asOf) {
        jdbc.sql("""
                update district d set population = s.total, population_as_of = greatest(coalesce(d.population_as_of, :asOf), :asOf)
                from (select district_code, sum(population) as total from village group by district_code) s
                where s.district_code = d.code
                """).param("asOf", Date.valueOf(asOf)).update();
    }

    private static String checkedSource(String source) {
        String s = source == null ? "" : source.strip();
        if (s.isEmpty() || s.length() > MAX_SOURCE) {
            throw new DomainException("population.error.source", MAX_SOURCE);
        }
        return s;
    }
}
