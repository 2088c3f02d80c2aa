package id.ppu.dukcapil.region;

import id.ppu.dukcapil.base.DomainException;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the identity documents per village and semester: imports the registry's aggregate
 * reports (idempotent: the same file again changes nothing), keeps the targets per indicator and
 * year, and sums holders, eligible and the gap in people per village, district or semester in SQL.
 */
@Service
public class CoverageService {

    /** How coverage figures are grouped. */
    public enum Grouping {
        VILLAGE,
        DISTRICT
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoverageService(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Semesters with figures, newest first. */
    @Transactional(readOnly = true)
    public List<Semester> semesters() {
        return jdbc
                .sql("select distinct semester from coverage_figure order by semester desc")
                .query(String.class)
                .list()
                .stream()
                .map(s -> Semester.parse(s).orElseThrow())
                .toList();
    }

    /** The newest semester with figures. */
    @Transactional(readOnly = true)
    public Optional<Semester> latestSemester() {
        return jdbc.sql("select max(semester) from coverage_figure")
                .query(String.class)
                .optional()
                .flatMap(Semester::parse);
    }

    /**
     * Per village or district for one semester: each indicator's holders, eligible, the target of
     * the semester's year and the gap of the area's totals. Areas without figures are left out.
     */
    @Transactional(readOnly = true)
    public List<CoverageGroup> coverage(Semester semester, Grouping grouping, String districtCode) {
        String key = grouping == Grouping.VILLAGE ? "v.code" : "d.code";
        String name = grouping == Grouping.VILLAGE ? "v.name" : "d.name";
        String sql = """
                select %s as key, %s as name, f.indicator, sum(f.holders) as holders, sum(f.eligible) as eligible,
                       t.target, bool_or(f.synthetic) as synthetic
                from coverage_figure f
                join village v on v.code = f.village_code
                join district d on d.code = v.district_code
                left join coverage_target t on t.indicator = f.indicator and t.year = :year
                where f.semester = :semester and (cast(:district as text) is null or d.code = :district)
                group by %s, %s, f.indicator, t.target
                order by 1, f.indicator
                """.formatted(key, name, key, name);
        return groups(jdbc.sql(sql)
                .param("year", semester.year())
                .param("semester", semester.toString())
                .param("district", districtCode)
                .query(this::row)
                .list());
    }

    /** The regency's (or one district's) figures per semester, oldest first: the trend. */
    @Transactional(readOnly = true)
    public List<CoverageGroup> trend(String districtCode) {
        String sql = """
                select f.semester as key, f.semester as name, f.indicator, sum(f.holders) as holders,
                       sum(f.eligible) as eligible, t.target, bool_or(f.synthetic) as synthetic
                from coverage_figure f
                join village v on v.code = f.village_code
                left join coverage_target t on t.indicator = f.indicator and t.year = cast(substr(f.semester, 1, 4) as integer)
                where cast(:district as text) is null or v.district_code = :district
                group by f.semester, f.indicator, t.target
                order by 1, f.indicator
                """;
        return groups(
                jdbc.sql(sql).param("district", districtCode).query(this::row).list());
    }

    /** Per village, each indicator's figures in the newest semester with figures (empty without figures). */
    @Transactional(readOnly = true)
    public Map<String, List<CoverageFigure>> latestByVillage() {
        Optional<Semester> latest = latestSemester();
        Map<String, List<CoverageFigure>> m = new LinkedHashMap<>();
        if (latest.isPresent()) {
            for (CoverageGroup g : coverage(latest.get(), Grouping.VILLAGE, null)) {
                m.put(g.key(), g.figures());
            }
        }
        return m;
    }

    /** Every target, by year then indicator. */
    @Transactional(readOnly = true)
    public List<CoverageTarget> targets() {
        return jdbc.sql("select * from coverage_target order by year desc, indicator")
                .query((rs, i) -> new CoverageTarget(
                        CoverageIndicator.valueOf(rs.getString("indicator")),
                        rs.getInt("year"),
                        rs.getBigDecimal("target"),
                        rs.getString("source"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Sets (or adds) an indicator's target for a year, as a share 0..1, with its source. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeTarget(CoverageIndicator indicator, int year, BigDecimal target, String source) {
        String s = source == null ? "" : source.strip();
        if (target == null || target.signum() < 0 || target.compareTo(BigDecimal.ONE) > 0 || target.scale() > 4) {
            throw new DomainException("coverage.error.target");
        }
        if (year < 2000 || year > 2100) {
            throw new DomainException("coverage.error.year");
        }
        if (s.isEmpty() || s.length() > CoverageTarget.MAX_SOURCE) {
            throw new DomainException("population.error.source", CoverageTarget.MAX_SOURCE);
        }
        BigDecimal before = jdbc.sql("select target from coverage_target where indicator = :i and year = :y")
                .param("i", indicator.name())
                .param("y", year)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        jdbc.sql("""
                insert into coverage_target (indicator, year, target, source, updated_by, updated_at)
                values (:i, :y, :t, :s, :who, :now)
                on conflict (indicator, year) do update set target = excluded.target, source = excluded.source,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """)
                .param("i", indicator.name())
                .param("y", year)
                .param("t", target)
                .param("s", s)
                .param("who", currentUser.username())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.change(
                AuditKind.COVERAGE_TARGET_CHANGED, indicator + " " + year, before + " -> " + target + " (" + s + ")");
    }

    /**
     * Imports coverage figures (semester, village, indicator, holders, eligible). Every line is
     * checked first; with any bad line nothing is written. Lines replace the figures of the same
     * village, semester and indicator, so importing a file twice leaves the same figures.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public FigureImportResult importFigures(InputStream csv, String source) {
        String s = source == null || source.isBlank() ? "Laporan agregat Dukcapil" : source.strip();
        if (s.length() > CoverageTarget.MAX_SOURCE) {
            throw new DomainException("population.error.source", CoverageTarget.MAX_SOURCE);
        }
        FigureCsv.Coverage parsed = FigureCsv.coverage(
                csv,
                new HashSet<>(
                        jdbc.sql("select code from village").query(String.class).list()));
        if (!parsed.problems().isEmpty()) {
            return new FigureImportResult(0, parsed.problems());
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (FigureCsv.CoverageLine l : parsed.lines()) {
            jdbc.sql("""
                    insert into coverage_figure (village_code, semester, indicator, holders, eligible, synthetic, source, imported_at)
                    values (:v, :s, :i, :h, :e, false, :src, :now)
                    on conflict (village_code, semester, indicator) do update set holders = excluded.holders,
                        eligible = excluded.eligible, synthetic = false, source = excluded.source, imported_at = excluded.imported_at
                    """)
                    .param("v", l.villageCode())
                    .param("s", l.semester().toString())
                    .param("i", l.indicator().name())
                    .param("h", l.holders())
                    .param("e", l.eligible())
                    .param("src", s)
                    .param("now", now)
                    .update();
        }
        audit.change(AuditKind.COVERAGE_IMPORTED, null, parsed.lines().size() + " lines (" + s + ")");
        return new FigureImportResult(parsed.lines().size(), List.of());
    }

    private record Row(
            String key,
            String name,
            CoverageIndicator indicator,
            long holders,
            long eligible,
            BigDecimal target,
            boolean synthetic) {}

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getString("key"),
                rs.getString("name"),
                CoverageIndicator.valueOf(rs.getString("indicator")),
                rs.getLong("holders"),
                rs.getLong("eligible"),
                rs.getBigDecimal("target"),
                rs.getBoolean("synthetic"));
    }

    private static List<CoverageGroup> groups(List<Row> rows) {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<CoverageGroup> out = new ArrayList<>();
        byKey.forEach((k, rs) -> {
            Map<CoverageIndicator, CoverageFigure> figures = new EnumMap<>(CoverageIndicator.class);
            for (Row r : rs) {
                figures.put(r.indicator(), new CoverageFigure(r.indicator(), r.holders(), r.eligible(), r.target()));
            }
            out.add(new CoverageGroup(
                    k, rs.get(0).name(), rs.stream().anyMatch(Row::synthetic), List.copyOf(figures.values())));
        });
        return out;
    }
}
